using System.IO.MemoryMappedFiles;

namespace Anshun.Search.Engine;

/// <summary>
/// One index file mapped read-only into memory. Every input reading it, clones included, holds this object,
/// and the mapping is released only by its finalizer: when it runs, no reader of the file can exist any more,
/// so a late read can never touch unmapped memory. On Linux a segment file Lucene deletes keeps its disk
/// space until then (the next full garbage collection).
/// </summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedViewAccessor? _view;

    public MappedFile(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        try
        {
            Length = stream.Length;
            if (Length == 0)
            {
                // A file of no bytes cannot be mapped, and there is nothing to read.
                stream.Dispose();
                return;
            }

            // The view stays valid on its own: closing the file (and its descriptor) now keeps the number of
            // open files down while mappings of deleted segments wait for the finalizer.
            using (var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false))
            {
                _view = file.CreateViewAccessor(0, Length, MemoryMappedFileAccess.Read);
            }

            byte* pointer = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            Start = pointer + _view.PointerOffset;
        }
        catch
        {
            _view?.Dispose();
            stream.Dispose();
            throw;
        }
    }

    ~MappedFile()
    {
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }
    }

    /// <summary>The first byte; null for an empty file.</summary>
    public byte* Start { get; }

    public long Length { get; }
}
