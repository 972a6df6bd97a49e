using System.Buffers.Binary;
using Lucene.Net.Store;

namespace Anshun.Search.Engine;

/// <summary>
/// Reads a <see cref="MappedFile"/> (or a slice of a compound file) straight from memory: a byte is a pointer
/// read, with no buffer copy and no system call. Clones are plain copies sharing the mapping.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    // Not read, but it keeps the mapping alive for as long as this input (or a clone) is reachable.
    private readonly MappedFile _file;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;

    public MappedIndexInput(string description, MappedFile file, long offset, long length)
        : base(description)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"slice [{offset}, {offset + length}) lies outside {description} ({file.Length} bytes)");
        }

        _file = file;
        _start = file.Start + offset;
        _length = length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"seek past EOF: {this} (position {pos}, length {_length})");
        }

        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len) => Take(len).CopyTo(b.AsSpan(offset, len));

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

    public override object Clone() => MemberwiseClone();

    protected override void Dispose(bool disposing)
    {
        // The mapping outlives every clone; MappedFile's finalizer releases it.
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position + count > _length)
        {
            throw new EndOfStreamException($"read past EOF: {this} (position {_position}, {count} bytes, length {_length})");
        }

        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }
}
