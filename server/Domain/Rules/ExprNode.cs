namespace CchcGrpc.Server.Domain.Rules;

/// <summary>A node of an arithmetic expression over indicator values.</summary>
/// <param name="Position">0-based position of the node's first character in the source text.</param>
public abstract record ExprNode(int Position)
{
    /// <summary>Every indicator the expression reads, in order of appearance, without repeats.</summary>
    public IReadOnlyList<string> IndicatorIds()
    {
        var ids = new List<string>();
        Collect(this, ids);
        return ids;
    }

    private static void Collect(ExprNode node, List<string> ids)
    {
        switch (node)
        {
            case RefNode r when !ids.Contains(r.IndicatorId):
                ids.Add(r.IndicatorId);
                break;
            case BinaryNode b:
                Collect(b.Left, ids);
                Collect(b.Right, ids);
                break;
            case NegateNode n:
                Collect(n.Operand, ids);
                break;
        }
    }
}
