#include "services/FastDeflate.h"

#include <dlfcn.h>
#include <zlib.h>

namespace {
thread_local int t_scopes = 0;
}

FastDeflate::FastDeflate(bool on) : m_on(on) { t_scopes += m_on ? 1 : 0; }
FastDeflate::~FastDeflate() { t_scopes -= m_on ? 1 : 0; }

namespace {
using Init = int (*)(z_streamp, int, int, int, int, int, const char *, int);

// libz's own function: the next definition after the program's, which is the first (this file is
// linked into each program); should an object loaded before libz ever hold it, libz is asked by name.
Init zlibInit()
{
    if (auto next = reinterpret_cast<Init>(dlsym(RTLD_NEXT, "deflateInit2_")))
        return next;
    void *zlib = dlopen("libz.so.1", RTLD_LAZY | RTLD_NOLOAD);
    return zlib ? reinterpret_cast<Init>(dlsym(zlib, "deflateInit2_")) : nullptr;
}
}

// zlib's entry point behind deflateInit2(), which minizip calls for each part of a workbook. The
// program exports this definition (see CMakeLists.txt), so the dynamic linker finds it before
// libz's own; it hands every call on to libz, with the level changed only inside a FastDeflate.
extern "C" int deflateInit2_(z_streamp stream, int level, int method, int windowBits, int memLevel, int strategy,
                             const char *version, int streamSize)
{
    static const Init zlib = zlibInit();
    if (!zlib)
        return Z_VERSION_ERROR;
    if (t_scopes > 0 && level != Z_NO_COMPRESSION)
        level = Z_BEST_SPEED;
    return zlib(stream, level, method, windowBits, memLevel, strategy, version, streamSize);
}
