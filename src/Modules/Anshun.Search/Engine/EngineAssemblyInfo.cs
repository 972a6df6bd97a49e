using System.Runtime.CompilerServices;

// The engine's analyzers, query parser and snippet builder are tested directly, not only through SearchIndex.
[assembly: InternalsVisibleTo("Anshun.Search.Tests")]
