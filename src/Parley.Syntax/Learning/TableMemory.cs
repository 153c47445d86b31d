using System.Runtime.InteropServices;

namespace Parley.Syntax.Learning;

/// <summary>
/// Zeroed native memory for a weight table, freed when the table is collected. Blocks of a megabyte or more are asked
/// for on 2 MB pages (Linux transparent huge pages, <c>madvise(MADV_HUGEPAGE)</c>): a lookup lands on a random line
/// of tables that together span 20-30 MB, and with 4 KB pages many lookups also miss the TLB and walk the page tables
/// (in a virtual machine, two sets of them). Tagging and parsing EWT test in one process with both kinds of tables,
/// alternating per thousand tokens and keeping each chunk's fastest of eight passes: <c>en-accurate</c> 3.7-4.4%
/// faster on huge pages, <c>en</c> 2.8-3.0% (session 12). Where huge pages are not offered the block simply stays on
/// ordinary pages.
/// </summary>
internal sealed unsafe partial class TableMemory : SafeHandle
{
    private const nuint HugePage = 2 << 20;
    private const nuint HugeFrom = 1 << 20;
    private const nuint LineBytes = 64;
    private const int MadviseHugePage = 14;

    /// <summary>At least <paramref name="bytes"/> zeroed bytes aligned to a cache line (to a huge page when large).</summary>
    public TableMemory(long bytes)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        bool huge = (nuint)bytes >= HugeFrom;
        nuint alignment = huge ? HugePage : LineBytes;
        Size = ((nuint)Math.Max(bytes, 1) + alignment - 1) & ~(alignment - 1);
        void* block = NativeMemory.AlignedAlloc(Size, alignment);
        if (huge)
        {
            AdviseHugePages(block, Size);
        }
        NativeMemory.Clear(block, Size);
        SetHandle((IntPtr)block);
        GC.AddMemoryPressure((long)Size);
    }

    /// <summary>Bytes held (the request rounded up to the alignment).</summary>
    public nuint Size { get; }

    /// <summary>The first byte.</summary>
    public byte* Pointer => (byte*)handle;

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMemory.AlignedFree((void*)handle);
        GC.RemoveMemoryPressure((long)Size);
        return true;
    }

    // A hint: the block works the same without it, so every failure is ignored.
    private static void AdviseHugePages(void* block, nuint size)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        try
        {
            _ = Madvise(block, size, MadviseHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without madvise: ordinary pages.
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
