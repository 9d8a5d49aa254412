using Fazhi.Platform.Data;

namespace Fazhi.Modules.Petitions.Domain;

/// <summary>
/// 领导接访日 (a scheduled leader reception day, 条例第十八条): published on the portal with the leader's name and post,
/// the place and time — no personal data of any visitor.
/// </summary>
public sealed class ReceptionDay : IRegionScoped
{
    public const int MaxText = 200;

    private ReceptionDay()
    {
    }

    public ReceptionDay(string regionCode, DateOnly on, string leader, string position, string place, string hours, string createdBy)
    {
        RegionCode = regionCode;
        On = on;
        Leader = leader;
        Position = position;
        Place = place;
        Hours = hours;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public DateOnly On { get; private set; }

    /// <summary>接访领导.</summary>
    public string Leader { get; private set; } = "";

    public string Position { get; private set; } = "";

    public string Place { get; private set; } = "";

    /// <summary>接待时间, e.g. 9:00—12:00.</summary>
    public string Hours { get; private set; } = "";

    public string CreatedBy { get; private set; } = "";
}

/// <summary>领导接访记录: one reception of visitors by a leader (the leader, how many people, the matter, the petition registered).</summary>
public sealed class ReceptionVisit : IRegionScoped
{
    private ReceptionVisit()
    {
    }

    public ReceptionVisit(string regionCode, Guid? receptionDayId, DateOnly on, string leader, int visitors, string visitorNames, string matter, Guid? petitionId, string createdBy)
    {
        RegionCode = regionCode;
        ReceptionDayId = receptionDayId;
        On = on;
        Leader = leader;
        Visitors = visitors;
        VisitorNames = visitorNames;
        Matter = matter;
        PetitionId = petitionId;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid? ReceptionDayId { get; private set; }

    public DateOnly On { get; private set; }

    public string Leader { get; private set; } = "";

    /// <summary>接访群众人次.</summary>
    public int Visitors { get; private set; }

    /// <summary>来访群众姓名 (personal data: masked on every page).</summary>
    public string VisitorNames { get; private set; } = "";

    public string Matter { get; private set; } = "";

    public Guid? PetitionId { get; private set; }

    public string CreatedBy { get; private set; } = "";
}
