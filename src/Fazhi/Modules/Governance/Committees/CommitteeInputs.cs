namespace Fazhi.Modules.Governance.Committees;

/// <summary>设立议事机构. Kind is the Chinese name or the identifier.</summary>
public sealed record BodyInput(string? Kind, string? Name, DateOnly? EstablishedOn, int? MeetingsBeforeFazhi);

/// <summary>增补成员.</summary>
public sealed record MemberInput(string? Name, string? Post, string? Role, DateOnly? From, DateOnly? To);

/// <summary>议定事项: what, who leads, who helps, by when.</summary>
public sealed record DecisionInput(string? Text, string? LeadUnit, string? CoUnits, DateOnly? Deadline);

/// <summary>登记会议: the body by id (forms, API) or by name (ledger), agenda one item per entry, and the decisions taken.</summary>
public sealed record MeetingInput
{
    public Guid? BodyId { get; init; }

    public string? BodyName { get; init; }

    public DateOnly? HeldOn { get; init; }

    public string? Place { get; init; }

    public string? Chair { get; init; }

    public int? Attendees { get; init; }

    public IReadOnlyList<string>? Agenda { get; init; }

    public string? Minutes { get; init; }

    public IReadOnlyList<DecisionInput>? Decisions { get; init; }
}

/// <summary>Filter, sort and page of the meeting list as query-string text (bad values are Chinese 400s).</summary>
public sealed record MeetingFilter
{
    /// <summary>检索词: a body's name, the chair, an agenda item or a decision contains it.</summary>
    public string? Q { get; init; }

    /// <summary>议事机构类别 (委员会 / 委员会办公室 / 协调小组).</summary>
    public string? Kind { get; init; }

    public string? Year { get; init; }

    /// <summary>held | body (default: held, newest first), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}
