namespace Anshun.Search.Admin;

/// <summary>The 全文检索 admin page: the nodes' index status, this node first.</summary>
public sealed record SearchAdminViewModel(IReadOnlyList<SearchAdminNode> Nodes, string CurrentNode)
{
    /// <summary>A node is rebuilding or about to: the page refreshes the table until every node is 正常.</summary>
    public bool IsBusy => Nodes.Any(n => n.IsBusy);
}
