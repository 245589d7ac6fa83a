using System.CommandLine;
using System.CommandLine.Parsing;

namespace CchcGrpc.Client.Cli;

/// <summary>
/// The one sentence `cchc` says of a line the parser rejects: the first word it could not place
/// ("unknown verb", "unknown option", "unexpected argument"), else a positional that
/// looks like an option, else the first validator's or option parser's sentence (those are ours already).
/// </summary>
public static class UsageErrors
{
    public static UsageException? First(ParseResult parse)
    {
        var verb = parse.CommandResult.Command as Verb;
        // Unplaced words are reported while the line is parsed, before any validator runs, so when
        // there are some the first error is about the first of them, and names the command it was under.
        // (The library would put "Required command was not provided" first, but only for a command with
        // subcommands and no action, and the root has the no-verb action.)
        if (parse.UnmatchedTokens.Count > 0 && parse.Errors is [{ SymbolResult: CommandResult under }, ..])
            return Unplaced(parse.UnmatchedTokens[0], under.Command as Verb);
        if (verb is not null && OptionLikePositional(parse, verb) is { } option)
            return Unplaced(option, verb);
        return parse.Errors.Count > 0 ? new UsageException(parse.Errors[0].Message, verb?.Name) : null;
    }

    private static UsageException Unplaced(string word, Verb? verb) => new(
        IsOptionLike(word) ? $"unknown option {word}" + (verb is null ? "" : $" for \"{verb.Name}\"")
            : verb is null ? $"unknown verb \"{word}\"" : $"unexpected argument \"{word}\"",
        verb?.Name);

    /// <summary>
    /// A verb's positionals take any word, "--bogus" too; such a word is an unknown option unless it
    /// comes after "--", which ends the options.
    /// </summary>
    private static string? OptionLikePositional(ParseResult parse, Verb verb)
    {
        var beforeDoubleDash = parse.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash).ToHashSet(ReferenceEqualityComparer.Instance);
        return verb.Arguments
            .SelectMany(a => parse.GetResult(a)?.Tokens ?? [])
            .FirstOrDefault(t => IsOptionLike(t.Value) && beforeDoubleDash.Contains(t))?.Value;
    }

    private static bool IsOptionLike(string word) => word.Length > 1 && word[0] == '-';
}
