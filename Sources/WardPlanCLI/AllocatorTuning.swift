import CAllocator

/// How the command line tunes the C allocator for what it reads.
enum AllocatorTuning {
    /// Keeps the C allocator's thresholds fixed, so that a large block freed goes back to the system. glibc otherwise
    /// raises its mmap threshold to each large block freed (up to 32 MB) and keeps later ones in its heap: the
    /// few-megabyte buffers of a long line of published text, read once, would stay resident to the end of the run.
    /// Not done for JSON alone, whose many mid-sized buffers would each be mapped afresh.
    static func giveLargeBlocksBack() {
        _ = wardplan_fix_trim_threshold(128 * 1024)
    }
}
