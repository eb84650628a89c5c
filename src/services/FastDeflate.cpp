#include "services/FastDeflate.h"

#include <dlfcn.h>
#include <zlib.h>

namespace {
thread_local int t_scopes = 0;
}

FastDeflate::FastDeflate() { ++t_scopes; }
FastDeflate::~FastDeflate() { --t_scopes; }

// zlib's entry point behind deflateInit2(), which minizip calls for each part of a workbook. The
// program exports this definition (see CMakeLists.txt), so the dynamic linker finds it before
// libz's own; it hands every call on to libz, with the level changed only inside a FastDeflate.
extern "C" int deflateInit2_(z_streamp stream, int level, int method, int windowBits, int memLevel, int strategy,
                             const char *version, int streamSize)
{
    using Init = int (*)(z_streamp, int, int, int, int, int, const char *, int);
    static const auto zlib = reinterpret_cast<Init>(dlsym(RTLD_NEXT, "deflateInit2_"));
    if (!zlib)
        return Z_VERSION_ERROR;
    if (t_scopes > 0 && level != Z_NO_COMPRESSION)
        level = Z_BEST_SPEED;
    return zlib(stream, level, method, windowBits, memLevel, strategy, version, streamSize);
}
