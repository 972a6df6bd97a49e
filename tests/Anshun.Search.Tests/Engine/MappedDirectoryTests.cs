using Anshun.Search.Engine;
using Lucene.Net.Store;

namespace Anshun.Search.Tests.Engine;

/// <summary>The memory-mapped index reader: what Lucene writes reads back, slices, clones and ends of file.</summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "anshun-mapped-" + Guid.NewGuid().ToString("N"));
    private readonly MappedDirectory _directory;

    public MappedDirectoryTests()
    {
        _directory = new MappedDirectory(new DirectoryInfo(System.IO.Directory.CreateDirectory(_folder).FullName));
    }

    [Fact]
    public void ReadsBackWhatLuceneWrote()
    {
        Write("data", output =>
        {
            output.WriteByte(7);
            output.WriteInt16(-2);
            output.WriteInt32(0x12345678);
            output.WriteInt64(-0x0102030405060708L);
            output.WriteVInt32(300);
            output.WriteString("黄果树瀑布");
            output.WriteBytes([1, 2, 3], 3);
        });

        using var input = _directory.OpenInput("data", IOContext.DEFAULT);
        Assert.Equal(7, input.ReadByte());
        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(0x12345678, input.ReadInt32());
        Assert.Equal(-0x0102030405060708L, input.ReadInt64());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal("黄果树瀑布", input.ReadString());
        var bytes = new byte[3];
        input.ReadBytes(bytes, 0, 3);
        Assert.Equal([1, 2, 3], bytes);
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void ReadingOrSeekingPastTheEndFailsClearly()
    {
        Write("short", output => output.WriteInt32(1));

        using var input = _directory.OpenInput("short", IOContext.DEFAULT);
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Equal(2, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.Seek(5));
        input.Seek(4);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void AnEmptyFileOpensAndHasNothingToRead()
    {
        Write("empty", _ => { });

        using var input = _directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void ClonesKeepTheirOwnPositionAndOutliveTheOriginal()
    {
        Write("data", output =>
        {
            for (var i = 0; i < 100; i++)
            {
                output.WriteInt32(i);
            }
        });

        var input = _directory.OpenInput("data", IOContext.DEFAULT);
        input.Seek(40);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(10, clone.ReadInt32());
        Assert.Equal(10, input.ReadInt32());
        clone.Seek(0);
        Assert.Equal(0, clone.ReadInt32());
        Assert.Equal(11, input.ReadInt32());

        // Lucene never reads a clone after closing the file, but if it did, it must not touch unmapped memory.
        input.Dispose();
        Assert.Equal(1, clone.ReadInt32());
    }

    [Fact]
    public void SlicesReadTheirOwnRangeOnly()
    {
        Write("compound", output =>
        {
            for (var i = 0; i < 10; i++)
            {
                output.WriteByte((byte)i);
            }
        });

        using var slicer = _directory.CreateSlicer("compound", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 3, 4);
        Assert.Equal(4, slice.Length);
        Assert.Equal(3, slice.ReadByte());
        slice.Seek(3);
        Assert.Equal(6, slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentOutOfRangeException>(() => slicer.OpenSlice("beyond", 8, 4));
    }

    public void Dispose()
    {
        _directory.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private void Write(string name, Action<IndexOutput> write)
    {
        using var output = _directory.CreateOutput(name, IOContext.DEFAULT);
        write(output);
    }
}
