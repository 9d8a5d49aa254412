namespace Fazhi.Modules.DataSharing.Domain;

/// <summary>A resource as registered in the catalogue (数据项: figure keys or their Chinese names).</summary>
public sealed record ResourceInput
{
    public string? Name { get; init; }

    public string? Summary { get; init; }

    public string? Provider { get; init; }

    public string? ShareType { get; init; }

    public string? ShareCondition { get; init; }

    public string? OpenType { get; init; }

    public string? UpdateCycle { get; init; }

    public IReadOnlyList<string>? Items { get; init; }

    public DateOnly? RegisteredOn { get; init; }
}

/// <summary>A sharing request as received.</summary>
public sealed record RequestInput
{
    public Guid? ResourceId { get; init; }

    public string? Applicant { get; init; }

    public string? Contact { get; init; }

    public string? Purpose { get; init; }

    public string? Basis { get; init; }

    public DateOnly? UsableFrom { get; init; }

    public DateOnly? UsableTo { get; init; }

    public DateOnly? ReceivedOn { get; init; }
}

/// <summary>审批 (同意/不予同意) or 停止共享: the real date and the opinion.</summary>
public sealed record DecisionInput(DateOnly? On, string? Opinion);
