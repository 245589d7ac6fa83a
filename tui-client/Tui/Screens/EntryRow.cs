using Cchc.V1;
using ValueType = Cchc.V1.ValueType;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// One line of the entry grid: a field's heading (Biểu I–VII) or an indicator with its value as
/// stored, as previewed by the server (derived values recomputed) and as typed but not yet saved.
/// </summary>
public sealed class EntryRow
{
    private EntryRow(string field, Indicator? indicator, string code, string heading)
    {
        Field = field;
        Indicator = indicator;
        Code = code;
        Heading = heading;
    }

    public static EntryRow ForField(string field, string heading) => new(field, null, "", heading);

    public static EntryRow ForIndicator(Indicator indicator, string printedCode) => new(indicator.Field, indicator, printedCode, "");

    public string Field { get; }

    /// <summary>Null for a field's heading row.</summary>
    public Indicator? Indicator { get; }

    /// <summary>The code as the unit's form prints it ("3.1.2"; a department's "1.2.1").</summary>
    public string Code { get; }

    public string Heading { get; }

    public bool IsHeading => Indicator is null;

    public bool IsGroup => Indicator?.IsGroup == true;

    public bool IsChoice => Indicator?.ValueType is ValueType.Choice or ValueType.YesNo;

    public IndicatorValue? Stored { get; set; }

    /// <summary>The server's answer to the unsaved values (validate only), derived values included.</summary>
    public IndicatorValue? Preview { get; set; }

    /// <summary>What the operator typed and has not saved; null when unchanged.</summary>
    public string? TypedValue { get; set; }

    public string? TypedNote { get; set; }

    /// <summary>The chosen option's code for a choice or yes/no typed in this session.</summary>
    public string? TypedChoice { get; set; }

    /// <summary>
    /// A derived value computed on this machine from the values as typed (<see cref="DerivedEstimates"/>),
    /// shown until the server's preview answers; "" when it cannot be computed yet; null when not estimated.
    /// </summary>
    public string? Estimate { get; set; }

    public bool Changed => TypedValue is not null || TypedNote is not null || TypedChoice is not null;

    public IndicatorValue? Current => Preview ?? Stored;

    public string Note => TypedNote ?? Current?.Note ?? "";

    /// <summary>The value as shown: typed text, else the stored/previewed one in the forms' notation.</summary>
    public string ShownValue
    {
        get
        {
            if (Indicator is null)
                return "";
            if (TypedChoice is not null)
                return TypedChoice.Length == 0 ? "" : Label(TypedChoice);
            if (TypedValue is not null && !Cleared)
                return TypedValue;
            if (Estimate is not null)
                return Estimate;
            var value = Current;
            if (value is null)
                return "";
            return value.State switch
            {
                ValueState.NotApplicable => "/",
                ValueState.NotReported => "",
                _ when IsChoice && value.Number.Length > 0 => Label(value.Number),
                _ when value.RawText.Length > 0 && !value.Derived => value.RawText,
                _ when value.Number.Length > 0 => Export.VietnameseNumber.Format(value.Number, Indicator.ValueType == ValueType.Percent),
                _ => value.Text.Length > 0 ? value.Text : value.RawText,
            };
        }
    }

    /// <summary>A value the server computed (a percentage from its parts), also after the typed one was cleared.</summary>
    public bool Derived => (Estimate is { Length: > 0 } || Current?.Derived == true) && (TypedValue is null || Cleared);

    /// <summary>The operator emptied the cell (the server may then derive it).</summary>
    private bool Cleared => TypedValue is { Length: 0 };

    public string Label(string code) => Indicator!.Options.TryGetValue(code, out var label) ? $"{code} {label}" : code;

    /// <summary>What the save sends for this row: the value and its note together, as the server stores them.</summary>
    public ValueInput ToInput()
    {
        var input = new ValueInput { IndicatorId = Indicator!.Id, Note = Note };
        if (TypedChoice is not null)
        {
            if (TypedChoice.Length == 0)
                input.State = ValueState.NotReported;
            else
            {
                input.State = ValueState.Reported;
                input.Number = TypedChoice;
            }
        }
        else if (TypedValue is not null)
        {
            // An empty text reads as "not reported", and lets the server derive a computed value.
            input.RawText = TypedValue;
        }
        else if (Stored is { } stored && !stored.Derived)
        {
            // Only the note changed: send the value as stored so it stays.
            input.RawText = stored.RawText;
            input.State = stored.State;
            input.Number = stored.Number;
            input.Text = stored.Text;
        }
        else
        {
            input.State = ValueState.NotReported;
        }
        return input;
    }
}
