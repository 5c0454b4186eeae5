#include <zlib.h>
#include <bzlib.h>
