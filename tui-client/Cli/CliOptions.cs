using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CchcGrpc.Client.Cli;

/// <summary>
/// The kinds of option `cchc` has, parsed as it always has: "--name value" or "--name=value"; the
/// next word is a value unless it is a known option (arity 0..1, so the library does not take
/// "--period" as the value of "--unit --period 2023"); given twice, a single-valued option keeps
/// the last value (a global option set before the verb can be overridden after it); a repeatable
/// one keeps every value in order. Each value goes through the option's parser, which rejects it
/// with one sentence that names the option.
/// </summary>
public static class CliOptions
{
    public static CliOption<bool> Flag(string name, Bilingual help) => new(name, help);

    public static CliOption<string?> Text(string name, Bilingual help, params string[] aliases) =>
        Single<string?>(name, help, (text, _) => text, aliases);

    /// <summary>"--indicator A --indicator B": every value, in order.</summary>
    public static CliOption<string[]> Repeated(string name, Bilingual help)
    {
        var option = new CliOption<string[]>(name, help) { Arity = ArgumentArity.ZeroOrMore };
        option.CustomParser = result => HasEveryValue(result, name) ? [.. result.Tokens.Select(t => t.Value)] : [];
        return option;
    }

    /// <summary>A whole number that <paramref name="accepts"/> allows, else "NAME must be RULE".</summary>
    public static CliOption<int?> Number(string name, Bilingual help, Func<int, bool> accepts, string rule) =>
        Single<int?>(name, help, (text, result) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && accepts(number)
                ? number
                : Reject<int?>(result, $"{name} must be {rule}"));

    /// <summary>
    /// One word of a closed set (tab completion offers them); <paramref name="synonyms"/> are accepted
    /// too but neither offered nor listed in the error, which names the set: "--lang must be vi or en, not \"fr\"".
    /// </summary>
    /// <param name="normalize">When given, a value that is no word as typed is looked up again as it makes it
    /// (e.g. "không thực hiện" → "khong-thuc-hien", one of the synonyms).</param>
    public static CliOption<T> Choice<T>(string name, Bilingual help, IReadOnlyList<(string Word, T Value)> choices,
        IReadOnlyList<(string Word, T Value)>? synonyms = null, Func<string, string>? normalize = null)
    {
        var words = choices.Select(c => c.Word).ToArray();
        var set = $"{string.Join(", ", words[..^1])} or {words[^1]}";
        var values = choices.Concat(synonyms ?? []).ToDictionary(c => c.Word, c => c.Value, StringComparer.Ordinal);
        var option = Single(name, help, (text, result) =>
            values.TryGetValue(text, out var value) || (normalize is not null && values.TryGetValue(normalize(text), out value))
                ? value : Reject<T>(result, $"{name} must be {set}, not \"{text}\""));
        // Only the set's words: not the names of T's members the library would offer for an enum.
        option.CompletionSources.Clear();
        option.CompletionSources.Add(words);
        return option;
    }

    private static CliOption<T> Single<T>(string name, Bilingual help, Func<string, ArgumentResult, T> convert, params string[] aliases)
    {
        var option = new CliOption<T>(name, help, aliases) { Arity = ArgumentArity.ZeroOrOne, AllowMultipleArgumentsPerToken = true };
        option.CustomParser = result => HasEveryValue(result, name) ? convert(result.Tokens[^1].Value, result) : default!;
        return option;
    }

    /// <summary>False, with "NAME needs a value", when an occurrence has no value, an empty one, or an unknown option for one.</summary>
    private static bool HasEveryValue(ArgumentResult result, string name)
    {
        var occurrences = result.Parent is OptionResult option ? option.IdentifierTokenCount : 1;
        if (result.Tokens.Count >= occurrences && !result.Tokens.Any(t => t.Value.Length == 0 || t.Value.StartsWith("--", StringComparison.Ordinal)))
            return true;
        result.AddError($"{name} needs a value");
        return false;
    }

    private static T Reject<T>(ArgumentResult result, string sentence)
    {
        result.AddError(sentence);
        return default!;
    }
}
