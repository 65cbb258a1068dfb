#ifndef WARDPLAN_FILE_EXCHANGE_H
#define WARDPLAN_FILE_EXCHANGE_H

/// Atomically swaps the two paths (Linux renameat2 with RENAME_EXCHANGE). Returns 0, or -1 with errno set
/// (ENOSYS or EINVAL where the kernel or file system cannot do it).
int wardplan_exchange_paths(const char *first, const char *second);

#endif
