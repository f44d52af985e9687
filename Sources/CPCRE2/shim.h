// pcre2.h requires the code unit width before it is included. With 8, it declares the
// 8-bit library's functions, which Swift calls by their full names (pcre2_compile_8),
// because the short names are function-like macros that Swift does not import.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
