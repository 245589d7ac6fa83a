using Cchc.V1;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>A unit in the browser's tree; its children are loaded when it is first expanded.</summary>
public sealed class UnitNode(Unit unit, int depth)
{
    public Unit Unit { get; } = unit;

    public int Depth { get; } = depth;

    public bool Expanded { get; set; }

    public List<UnitNode>? Children { get; set; }

    public bool Dissolved => Unit.ValidTo.Length > 0;
}
