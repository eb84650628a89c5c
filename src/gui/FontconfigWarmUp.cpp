#include "gui/FontconfigWarmUp.h"

#include <fontconfig/fontconfig.h>

// FcInit keeps the configuration it loads as fontconfig's current one, which Qt's font database
// then finds ready.
FontconfigWarmUp::FontconfigWarmUp() : m_thread([] { FcInit(); }) {}

void FontconfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
