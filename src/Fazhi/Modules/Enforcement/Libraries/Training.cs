using System.Security.Claims;

using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Enforcement.Libraries;

/// <summary>执法培训 (enforcement training session): date, topic, hours and the officers who attended.</summary>
public sealed class TrainingSession : IRegionScoped
{
    private TrainingSession()
    {
    }

    public TrainingSession(string regionCode, DateOnly heldOn, string topic, decimal hours, string? trainer, IReadOnlyList<Guid> attendeeIds)
    {
        RegionCode = regionCode;
        HeldOn = heldOn;
        Topic = EnforcementAgency.Required(topic, "topic", "请填写培训主题", 200);
        Hours = hours is > 0 and <= 100 ? hours : throw new FieldValidationException("hours", "学时应大于0且不超过100");
        Trainer = string.IsNullOrWhiteSpace(trainer) ? null : trainer.Trim().Length > 200 ? throw new FieldValidationException("trainer", "不能超过200个字") : trainer.Trim();
        AttendeeIds = attendeeIds.Count > 0 ? [.. attendeeIds.Distinct()] : throw new FieldValidationException("attendeeIds", "请选择参训执法人员");
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public string Topic { get; private set; } = "";

    /// <summary>学时.</summary>
    public decimal Hours { get; private set; }

    /// <summary>授课单位或授课人 (e.g. 上级行业主管部门).</summary>
    public string? Trainer { get; private set; }

    /// <summary>参训执法人员 (officer ids from the roster).</summary>
    public List<Guid> AttendeeIds { get; private set; } = [];
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.ToTable("enforcement_training_sessions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Topic).HasMaxLength(200);
        b.Property(x => x.Trainer).HasMaxLength(200);
        b.Property(x => x.Hours).HasPrecision(6, 1);
        b.HasIndex(x => new { x.RegionCode, x.HeldOn });
    }
}

public sealed record TrainingInput(DateOnly? HeldOn, string? Topic, decimal? Hours, string? Trainer, IReadOnlyList<Guid>? AttendeeIds);

public sealed record TrainingView(Guid Id, DateOnly HeldOn, string Topic, decimal Hours, string? Trainer, IReadOnlyList<string> Attendees);

/// <summary>执法培训: record a session (attendees must be on the roster) and list them.</summary>
public sealed class Trainings(AppDbContext db, TimeProvider time)
{
    public static readonly MetricDefinition Sessions = new("enforcement.training_sessions", "执法业务培训班次", "个",
        "培训日期在所选年度内的执法人员业务学习培训班次数。", "综合行政执法",
        async (db, s, ct) =>
        {
            var rows = await db.Set<TrainingSession>().AsNoTracking()
                .InSubtree(s.SubtreePrefix).Where(t => t.HeldOn >= s.FirstDay && t.HeldOn < s.EndDay)
                .OrderBy(t => t.HeldOn).ThenBy(t => t.Topic).ThenBy(t => t.Id).Select(t => new { t.Id, t.HeldOn, t.Topic }).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(t => new MetricRecord(nameof(TrainingSession), t.Id.ToString(), $"{t.HeldOn:yyyy-MM-dd} {t.Topic}")));
        });

    public async Task<TrainingSession> AddAsync(TrainingInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var region = user.FindFirstValue(Platform.Identity.FazhiClaims.Region) ?? throw new DomainRuleException("账户未设置所属区划", statusCode: 403);
        var on = input.HeldOn ?? throw new FieldValidationException("heldOn", "请填写培训日期");
        if (on > LegalDate.Today(time))
        {
            throw new FieldValidationException("heldOn", "培训日期不能晚于今天");
        }

        var ids = (input.AttendeeIds ?? []).Distinct().ToList();
        if (await db.Set<Officer>().CountAsync(o => ids.Contains(o.Id), ct) != ids.Count)
        {
            throw new FieldValidationException("attendeeIds", "参训人员须为执法人员名册中的人员");
        }

        var session = new TrainingSession(region, on, input.Topic ?? "", input.Hours ?? 0, input.Trainer, ids);
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    public async Task<IReadOnlyList<TrainingView>> ListAsync(int? year, CancellationToken ct)
    {
        var query = db.Set<TrainingSession>().AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(t => t.HeldOn >= new DateOnly(y, 1, 1) && t.HeldOn <= new DateOnly(y, 12, 31));
        }

        var sessions = await query.OrderByDescending(t => t.HeldOn).ThenBy(t => t.Id).ToListAsync(ct);
        var names = await db.Set<Officer>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return sessions.Select(t => new TrainingView(t.Id, t.HeldOn, t.Topic, t.Hours, t.Trainer, t.AttendeeIds.Select(a => names.GetValueOrDefault(a, "")).ToList())).ToList();
    }

    public static RouteGroupBuilder Map(RouteGroupBuilder api)
    {
        api.MapGet("/trainings", async (int? year, Trainings use, CancellationToken ct) => TypedResults.Ok(await use.ListAsync(year, ct)));
        api.MapPost("/trainings", async Task<Created<TrainingSession>> (TrainingInput input, Trainings use, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var session = await use.AddAsync(input, user, ct);
            return TypedResults.Created((string?)null, session);
        }).RequireAuthorization(EnforcementPermissions.ManageLibraries);
        return api;
    }
}
