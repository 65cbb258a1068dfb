#include "allocator.h"

#if defined(__has_include)
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
#endif

int wardplan_fix_trim_threshold(int bytes) {
#if defined(M_TRIM_THRESHOLD)
    return mallopt(M_TRIM_THRESHOLD, bytes);
#else
    (void)bytes;
    return 0;
#endif
}
