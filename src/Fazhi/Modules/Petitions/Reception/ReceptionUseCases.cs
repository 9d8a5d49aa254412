using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Petitions.Reception;

public sealed record ReceptionDayInput(DateOnly? On, string? Leader, string? Position, string? Place, string? Hours);

public sealed record ReceptionVisitInput(Guid? ReceptionDayId, DateOnly? On, string? Leader, int? Visitors, string? VisitorNames, string? Matter, Guid? PetitionId);

/// <summary>One visit as pages and the API show it: the visitors' names masked.</summary>
public sealed record VisitLine(Guid Id, DateOnly On, string Leader, int Visitors, string VisitorNames, string Matter, Guid? PetitionId);

/// <summary>The public line of the schedule: leader, post, date, time and place — nothing about any visitor.</summary>
public sealed record PublicReceptionDay(DateOnly On, string Leader, string Position, string Place, string Hours);

/// <summary>领导接访 (条例第十八条): the schedule of reception days (published) and each reception's record.</summary>
public sealed class ReceptionUseCases(AppDbContext db, TimeProvider time)
{
    public async Task<ReceptionDay> ScheduleAsync(ReceptionDayInput input, string regionCode, string actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.On is null)
        {
            errors["on"] = ["请填写接访日期"];
        }

        Text(input.Leader, "leader", "接访领导", errors);
        Text(input.Position, "position", "职务", errors);
        Text(input.Place, "place", "接访地点", errors);
        Text(input.Hours, "hours", "接访时间", errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var day = new ReceptionDay(regionCode, input.On!.Value, input.Leader!.Trim(), input.Position!.Trim(), input.Place!.Trim(), input.Hours!.Trim(), actor);
        db.Add(day);
        await db.SaveChangesAsync(ct);
        return day;
    }

    public async Task<ReceptionVisit> RecordAsync(ReceptionVisitInput input, string regionCode, string actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        ReceptionDay? day = null;
        if (input.ReceptionDayId is { } dayId)
        {
            day = await db.Set<ReceptionDay>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == dayId, ct);
            if (day is null)
            {
                errors["receptionDayId"] = ["没有该接访日"];
            }
        }

        var on = input.On ?? day?.On;
        if (on is null)
        {
            errors["on"] = ["请填写接访日期"];
        }
        else if (on > LegalDate.Today(time))
        {
            errors["on"] = ["接访日期不能晚于今天"];
        }

        var leader = string.IsNullOrWhiteSpace(input.Leader) ? day?.Leader : input.Leader.Trim();
        Text(leader, "leader", "接访领导", errors);
        if (input.Visitors is not (>= 1 and <= 10_000))
        {
            errors["visitors"] = ["请填写接访群众人次（1至10000）"];
        }

        Text(input.VisitorNames, "visitorNames", "来访群众", errors, 500);
        Text(input.Matter, "matter", "反映事项", errors, 500);
        if (input.PetitionId is { } pid && !await db.Set<Petition>().AnyAsync(p => p.Id == pid, ct))
        {
            errors["petitionId"] = ["没有该信访事项"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var visit = new ReceptionVisit(regionCode, day?.Id, on!.Value, leader!, input.Visitors!.Value, input.VisitorNames!.Trim(), Masking.Text(input.Matter!.Trim()), input.PetitionId, actor);
        db.Add(visit);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    public async Task<IReadOnlyList<ReceptionDay>> DaysAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        return await db.Set<ReceptionDay>().AsNoTracking().Where(d => d.On >= from && d.On < to).OrderBy(d => d.On).ThenBy(d => d.Leader).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<VisitLine>> VisitsAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var visits = await db.Set<ReceptionVisit>().AsNoTracking().Where(v => v.On >= from && v.On < to).OrderByDescending(v => v.On).ThenBy(v => v.Id).ToListAsync(ct);
        return visits.Select(Line).ToList();
    }

    public static VisitLine Line(ReceptionVisit v) =>
        new(v.Id, v.On, v.Leader, v.Visitors, MaskNames(v.VisitorNames), v.Matter, v.PetitionId);

    /// <summary>张三、李四 → 张*、李*.</summary>
    public static string MaskNames(string names) =>
        string.Join("、", names.Split(['、', ',', '，', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Masking.PersonName));

    private static void Text(string? value, string field, string label, Dictionary<string, string[]> errors, int max = ReceptionDay.MaxText)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > max)
        {
            errors[field] = [$"请填写{label}（不超过{max}个字符）"];
        }
    }
}

/// <summary>The portal's reception schedule of a region: reception days from today on, and the year's past days.</summary>
public sealed class PublicReceptionSchedule(AppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<PublicReceptionDay>> ListAsync(string? region, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(region) || region.Length > 12 || !region.All(char.IsAsciiDigit))
        {
            throw new FieldValidationException("region", "请指明行政区划代码");
        }

        var from = new DateOnly(LegalDate.Today(time).Year, 1, 1);
        return await db.Set<ReceptionDay>().AsNoTracking()
            .Where(d => d.RegionCode == region && d.On >= from)
            .OrderBy(d => d.On).ThenBy(d => d.Leader)
            .Select(d => new PublicReceptionDay(d.On, d.Leader, d.Position, d.Place, d.Hours))
            .ToListAsync(ct);
    }
}
