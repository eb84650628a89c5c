#pragma once
#include <QString>

// libxlsxwriter is loaded when the first workbook is written, not with the program: with the
// libcrypto it brings, it was a sixth of the libraries every start loaded and 1.5 ms of a start that
// writes no workbook (docs/benchmarks.md). XlsxLibrary.cpp defines the library's functions that
// XlsxWorkbook calls, each handing its call on to the loaded library.
namespace XlsxLibrary {
// Loads the library, once; empty when it is ready, else what is wrong. No function of the library
// may be called before it says ready.
QString load();
}
