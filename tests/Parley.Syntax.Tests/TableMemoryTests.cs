using Parley.Syntax.Learning;

namespace Parley.Syntax.Tests;

public sealed unsafe class TableMemoryTests
{
    [Theory]
    [InlineData(0, 64)]
    [InlineData(1, 64)]
    [InlineData(64, 64)]
    [InlineData(65, 128)]
    [InlineData(700_000, 700_032)]
    public void ASmallBlockIsZeroedAndLineAligned(long bytes, long size)
    {
        using var memory = new TableMemory(bytes);
        Assert.Equal((nuint)size, memory.Size);
        Assert.Equal(0u, (nuint)memory.Pointer % 64);
        Assert.True(new Span<byte>(memory.Pointer, (int)memory.Size).IndexOfAnyExcept((byte)0) < 0);
    }

    /// <summary>A block of a megabyte or more starts on a 2 MB boundary and fills whole 2 MB pages, all zeroed and writable.</summary>
    [Fact]
    public void ALargeBlockFillsWholeHugePages()
    {
        using var memory = new TableMemory(3_000_000);
        Assert.Equal((nuint)(4 << 20), memory.Size);
        Assert.Equal(0u, (nuint)memory.Pointer % (2 << 20));
        var block = new Span<byte>(memory.Pointer, (int)memory.Size);
        Assert.True(block.IndexOfAnyExcept((byte)0) < 0);
        block[^1] = 7;
        Assert.Equal(7, block[^1]);
    }

    [Fact]
    public void ANegativeSizeIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableMemory(-1));

    [Fact]
    public void DisposingFreesTheBlockOnce()
    {
        var memory = new TableMemory(128);
        memory.Dispose();
        Assert.True(memory.IsClosed);
        memory.Dispose();
    }
}
