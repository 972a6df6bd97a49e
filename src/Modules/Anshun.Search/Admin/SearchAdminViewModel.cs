using Anshun.Search.Indexing;

namespace Anshun.Search.Admin;

/// <summary>The 全文检索 admin page: the nodes' index status.</summary>
public sealed record SearchAdminViewModel(IReadOnlyList<SearchNodeStatus> Nodes, string CurrentNode);
