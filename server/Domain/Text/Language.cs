namespace CchcGrpc.Server.Domain.Text;

/// <summary>The two languages the service speaks to people in; Vietnamese unless the caller asks for English.</summary>
public enum Language
{
    Vietnamese,
    English,
}
