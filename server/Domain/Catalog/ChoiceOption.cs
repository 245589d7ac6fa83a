namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>One coded option of a choice indicator, e.g. <c>Hoàn thành = 1</c>.</summary>
public sealed record ChoiceOption(int Code, string Label);
