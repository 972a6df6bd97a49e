using Lucene.Net.Store;

namespace Anshun.Search.Engine;

/// <summary>
/// The index folder, read through memory maps with raw pointer reads (<see cref="MappedIndexInput"/>) and written
/// as every <see cref="FSDirectory"/> writes. Not Lucene.Net 4.8.0-beta00017's own readers: its
/// <c>MMapDirectory</c> registers every clone in a weak table, so garbage collection slows down the longer the site
/// runs (the benchmark's p50 went from 47 to 74 ms over four rounds), and its <c>NIOFSDirectory</c> spends most
/// of a query in locked, seeking stream reads. See ADR 0010.
/// </summary>
internal sealed class MappedDirectory(DirectoryInfo path) : FSDirectory(path, lockFactory: null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var file = new MappedFile(path);
        return new MappedIndexInput($"MappedIndexInput(path=\"{path}\")", file, 0, file.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new MappedSlicer(path, new MappedFile(path));
    }

    private sealed class MappedSlicer(string path, MappedFile file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new MappedIndexInput($"MappedIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", file, offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
        }
    }
}
