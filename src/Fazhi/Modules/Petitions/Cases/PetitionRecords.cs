using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Petitions.Cases;

/// <summary>Body of the reveal request: which field and why (the reason is part of the audited row).</summary>
public sealed record RevealInput(string? Field, string? Reason);

/// <summary>
/// 查看完整个人信息: a user holding <see cref="PetitionsPermissions.Reveal"/> sees the full ID number or phone of one
/// petitioner; every reveal is recorded (who, when, which field, why — never the value) and so audited.
/// </summary>
public sealed class RevealPersonalData(AppDbContext db, IFieldProtector protector, TimeProvider time)
{
    public const string IdNumberField = "id_number";
    public const string PhoneField = "phone";

    public async Task<string> ExecuteAsync(Guid id, RevealInput input, ProcedureActor actor, CancellationToken ct)
    {
        var petition = await db.Set<Petition>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new RecordNotFoundException("没有该信访事项");
        if (!actor.Permissions.Contains(PetitionsPermissions.Reveal))
        {
            throw new DomainRuleException("您没有查看完整个人信息的权限", statusCode: StatusCodes.Status403Forbidden);
        }

        var cipher = input.Field switch
        {
            IdNumberField => petition.IdNumberCipher,
            PhoneField => petition.PhoneCipher,
            _ => throw new FieldValidationException("field", "请指明查看身份证号（id_number）还是联系电话（phone）"),
        };
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is < 2 or > 200)
        {
            throw new FieldValidationException("reason", "请填写查看理由（2至200个字符），理由记入审计");
        }

        if (cipher is null)
        {
            throw new FieldValidationException("field", "该信访人未登记此项信息");
        }

        db.Add(new PersonalDataReveal(petition, input.Field, Masking.Text(reason), actor.Login, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return protector.Unprotect(cipher);
    }
}

/// <summary>Body of the satisfaction rating.</summary>
public sealed record RateInput(string? Rating, DateOnly? On);

/// <summary>满意度评价: the petitioner rates a concluded petition (处理意见书 issued) once, on a real date not before the answer.</summary>
public sealed class RatePetition(AppDbContext db, TimeProvider time)
{
    public async Task<Petition> ExecuteAsync(Guid id, RateInput input, CancellationToken ct)
    {
        var petition = await db.Set<Petition>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new RecordNotFoundException("没有该信访事项");
        var rating = Names.Parse<SatisfactionRating>(input.Rating) ?? throw new FieldValidationException("rating", "请选择评价（满意、基本满意、不满意）");
        var on = input.On ?? LegalDate.Today(time);
        if (petition.AnsweredOn is not { } answered)
        {
            throw new DomainRuleException("信访事项办结（出具处理意见书）后方可由信访人评价", Basis.Opinion);
        }

        if (petition.Rating is not null)
        {
            throw new DomainRuleException("该信访事项已经评价，不能重复评价");
        }

        if (on > LegalDate.Today(time) || on < answered)
        {
            throw new FieldValidationException("on", $"评价日期应在{answered:yyyy-MM-dd}（出具处理意见书）至今天之间");
        }

        petition.Rate(rating, on);
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

/// <summary>Body of 包案: the leader, the plan (一人一策) and the team (一专班).</summary>
public sealed record BaoAnInput(string? Leader, string? Plan, string? Team, DateOnly? On);

/// <summary>领导包案 (条例第十八条): a hard case gets a 包案领导, a plan and a team; later it is marked 化解.</summary>
public sealed class AssignBaoAn(AppDbContext db, TimeProvider time)
{
    public async Task<Petition> AssignAsync(Guid id, BaoAnInput input, CancellationToken ct)
    {
        var petition = await db.Set<Petition>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new RecordNotFoundException("没有该信访事项");
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Leader) || input.Leader.Trim().Length > 50)
        {
            errors["leader"] = ["请填写包案领导（不超过50个字符）"];
        }

        if (string.IsNullOrWhiteSpace(input.Plan) || input.Plan.Trim().Length > Petition.MaxText)
        {
            errors["plan"] = ["请填写化解方案（一人一策）"];
        }

        if (string.IsNullOrWhiteSpace(input.Team) || input.Team.Trim().Length > 500)
        {
            errors["team"] = ["请填写工作专班成员（一专班）"];
        }

        var on = input.On ?? LegalDate.Today(time);
        if (on > LegalDate.Today(time) || on < petition.ReceivedOn)
        {
            errors["on"] = [$"包案日期应在{petition.ReceivedOn:yyyy-MM-dd}（收到信访事项）至今天之间"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        petition.AssignBaoAn(input.Leader!.Trim(), Masking.Text(input.Plan!.Trim()), input.Team!.Trim(), on);
        await db.SaveChangesAsync(ct);
        return petition;
    }

    public async Task<Petition> ResolveAsync(Guid id, DateOnly? on, CancellationToken ct)
    {
        var petition = await db.Set<Petition>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new RecordNotFoundException("没有该信访事项");
        if (petition.BaoAnAssignedOn is not { } assigned)
        {
            throw new DomainRuleException("该信访事项尚未确定包案领导");
        }

        var day = on ?? LegalDate.Today(time);
        if (day > LegalDate.Today(time) || day < assigned)
        {
            throw new FieldValidationException("on", $"化解日期应在{assigned:yyyy-MM-dd}（包案）至今天之间");
        }

        petition.ResolveBaoAn(day);
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

/// <summary>Body of a new campaign (专项攻坚批次).</summary>
public sealed record CampaignInput(string? Name, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>专项攻坚 (e.g. 百日攻坚): a named list of petitions tracked as a set.</summary>
public sealed class PetitionCampaigns(AppDbContext db, TimeProvider time)
{
    public async Task<PetitionCampaign> CreateAsync(CampaignInput input, string regionCode, string actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            errors["name"] = ["请填写专项名称（不超过100个字符）"];
        }

        if (input.StartsOn is not { } starts || input.EndsOn is not { } ends || ends < starts)
        {
            errors["startsOn"] = ["请填写起止日期（结束不早于开始）"];
            starts = ends = default;
        }
        else if (starts > LegalDate.Today(time))
        {
            errors["startsOn"] = ["开始日期不能晚于今天"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var campaign = new PetitionCampaign(regionCode, name, starts, ends, actor);
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    public async Task<Petition> AddAsync(Guid campaignId, Guid petitionId, DateOnly? on, CancellationToken ct)
    {
        var campaign = await db.Set<PetitionCampaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new RecordNotFoundException("没有该专项");
        var petition = await db.Set<Petition>().FirstOrDefaultAsync(p => p.Id == petitionId, ct) ?? throw new RecordNotFoundException("没有该信访事项");
        var day = on ?? LegalDate.Today(time);
        if (day > LegalDate.Today(time) || day < campaign.StartsOn || day < petition.ReceivedOn)
        {
            throw new FieldValidationException("on", "列入日期应不早于专项开始和信访事项收到日期，且不晚于今天");
        }

        petition.JoinCampaign(campaign.Id, day);
        await db.SaveChangesAsync(ct);
        return petition;
    }

    public async Task<IReadOnlyList<(PetitionCampaign Campaign, int Items, int Concluded)>> ListAsync(CancellationToken ct)
    {
        var campaigns = await db.Set<PetitionCampaign>().AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Id).ToListAsync(ct);
        var ids = campaigns.Select(c => c.Id).ToList();
        var counts = await db.Set<Petition>().AsNoTracking().Where(p => p.CampaignId != null && ids.Contains(p.CampaignId.Value))
            .GroupBy(p => p.CampaignId).Select(g => new { Id = g.Key, Items = g.Count(), Concluded = g.Count(p => p.AnsweredOn != null || p.RoutedOn != null) })
            .ToListAsync(ct);
        return campaigns.Select(c => (c, counts.FirstOrDefault(x => x.Id == c.Id)?.Items ?? 0, counts.FirstOrDefault(x => x.Id == c.Id)?.Concluded ?? 0)).ToList();
    }
}
