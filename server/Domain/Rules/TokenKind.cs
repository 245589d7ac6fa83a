namespace CchcGrpc.Server.Domain.Rules;

public enum TokenKind
{
    /// <summary>An indicator code: <c>3.1.2</c>, or with its field <c>VII.6.4.2</c>, <c>II.1</c>.</summary>
    Code,

    /// <summary>A literal without dots: <c>100</c>, or with a decimal comma <c>0,05</c>.</summary>
    Number,

    Plus,
    Minus,
    Star,
    Slash,
    LeftParen,
    RightParen,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,

    /// <summary><c>±</c> or <c>+-</c>.</summary>
    PlusMinus,

    End,
}
