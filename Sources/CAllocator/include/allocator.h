#ifndef WARDPLAN_ALLOCATOR_H
#define WARDPLAN_ALLOCATOR_H

/// Fixes the C allocator's trim threshold at `bytes` (glibc's M_TRIM_THRESHOLD). Setting it also stops glibc from
/// raising its mmap threshold to the size of each large block freed (up to 32 MB): large blocks stay mapped on their
/// own and go back to the system when freed, and free memory at the top of the heap beyond `bytes` is given back.
/// Returns 1 when it was set, 0 when it was not or the C library has no such setting.
int wardplan_fix_trim_threshold(int bytes);

#endif
