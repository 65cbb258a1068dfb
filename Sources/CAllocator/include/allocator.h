#ifndef WARDPLAN_ALLOCATOR_H
#define WARDPLAN_ALLOCATOR_H

/// Has the C allocator map each block of `bytes` or more on its own, so that it goes back to the system when freed
/// (glibc's M_MMAP_THRESHOLD, which also stops glibc from raising the threshold as large blocks are freed). Returns 1
/// when it was set, 0 where the C library has no such setting.
int wardplan_map_blocks_from(int bytes);

#endif
