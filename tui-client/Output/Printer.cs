using System.Text.Json;
using Spectre.Console;

namespace CchcGrpc.Client.Output;

/// <summary>
/// Prints tables: with Spectre.Console on a terminal; as tab-separated text with a header row
/// when the output is piped (stable for scripts: no colours, no wrapping); or as JSON / CSV.
/// </summary>
public sealed class Printer(TextWriter output, bool redirected, OutputFormat format)
{
    public OutputFormat Format { get; } = format;

    public bool Redirected { get; } = redirected;

    public void Print(DataTable table)
    {
        switch (Format)
        {
            case OutputFormat.Json:
                output.WriteLine(ToJson(table));
                break;
            case OutputFormat.Csv:
                output.WriteLine(CsvText.Line(table.Columns));
                foreach (var row in table.Rows)
                    output.WriteLine(CsvText.Line(row));
                break;
            case OutputFormat.Table when Redirected:
                output.WriteLine(string.Join('\t', table.Columns));
                foreach (var row in table.Rows)
                    output.WriteLine(string.Join('\t', row.Select(c => c.Replace('\t', ' ').Replace('\n', ' '))));
                break;
            default:
                PrintRich(table);
                break;
        }
    }

    public static string ToJson(DataTable table)
    {
        var objects = table.Rows.Select(row => table.Columns.Select((c, i) => (c, row[i])).ToDictionary(p => JsonNames.Of(p.c), p => p.Item2));
        return JsonSerializer.Serialize(objects, JsonOptions);
    }

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private void PrintRich(DataTable table)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var rich = new Table().Border(TableBorder.Rounded);
        if (table.Title.Length > 0)
            rich.Title(Markup.Escape(table.Title));
        foreach (var column in table.Columns)
            rich.AddColumn(Markup.Escape(column));
        foreach (var row in table.Rows)
            rich.AddRow(row.Select(Markup.Escape).ToArray());
        console.Write(rich);
    }
}
