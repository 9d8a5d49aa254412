using System.Security.Claims;

using Fazhi.Modules.DataSharing.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.DataSharing.Requests;

/// <summary>One figure of a shared resource as the consumer receives it.</summary>
public sealed record SharedFigure(string Key, string Name, string Unit, decimal? Value, decimal? Previous, decimal? Yoy);

/// <summary>What a read through a 共享令牌 returns.</summary>
public sealed record SharedData(string Resource, string Name, string Provider, string Region, string RegionName, int Year, IReadOnlyList<SharedFigure> Items);

/// <summary>
/// 数据共享: the catalogue of Fazhi's own resources, sharing requests answered within the reply period (working days),
/// approval issuing a token scoped to one resource, one region and the granted period, revocation, and the consumer's
/// read — computed from records by the metrics registry and logged.
/// </summary>
public sealed class SharingUseCases(AppDbContext db, MetricCatalog catalog, EvaluateMetric evaluate, ICalendarSource calendars, TimeProvider time,
    IOptions<DataSharingOptions> options)
{
    /// <summary>The legal basis cited by refusals (article numbers not confirmed against the primary text, so none is given).</summary>
    public const string Basis = "《政务信息资源共享管理暂行办法》（国发〔2016〕51号）";

    /// <summary>The header a consumer sends its token in.</summary>
    public const string TokenHeader = "X-Fazhi-Share-Token";

    public async Task<DataResource> RegisterAsync(ResourceInput input, CancellationToken ct, string? systemRegion = null)
    {
        var errors = new Dictionary<string, string[]>();
        var region = db.Scope.WriteRegion ?? systemRegion;
        if (region is null)
        {
            errors["region"] = ["请以镇（街）用户登记数据资源"];
        }

        var name = FieldChecks.Required(errors, input.Name, 100, "name", "资源名称");
        var summary = FieldChecks.Required(errors, input.Summary, 500, "summary", "资源摘要");
        var provider = FieldChecks.Required(errors, input.Provider, 100, "provider", "资源提供方");
        var share = Choose<ShareType>(input.ShareType, "shareType", "共享类型", errors);
        var open = Choose<OpenType>(input.OpenType, "openType", "开放类型", errors);
        var cycle = Choose<UpdateCycle>(input.UpdateCycle, "updateCycle", "更新周期", errors);
        var condition = FieldChecks.Optional(errors, input.ShareCondition, 500, "shareCondition", "共享条件");
        if (share is ShareType.Conditional or ShareType.NotShared && condition is null)
        {
            errors["shareCondition"] = ["有条件共享的应写明共享条件，不予共享的应写明理由和法律、行政法规或政策依据"];
        }

        var registeredOn = FieldChecks.PastDate(errors, input.RegisteredOn, LegalDate.Today(time), "registeredOn", "挂接日期");
        var keys = Items(input.Items, errors);
        FieldChecks.ThrowIfAny(errors);

        var count = await db.Set<DataResource>().CountAsync(r => r.RegionCode == region, ct);
        var resource = new DataResource(region!, $"FZ-{count + 1:0000}", name!, summary!, provider!, share!.Value, condition, open!.Value, cycle!.Value, keys, registeredOn);
        db.Add(resource);
        await db.SaveChangesAsync(ct);
        return resource;
    }

    public async Task<SharingRequest> SubmitAsync(RequestInput input, string actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var today = LegalDate.Today(time);
        var resource = input.ResourceId is { } rid ? await db.Set<DataResource>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == rid, ct) : null;
        if (resource is null)
        {
            errors["resourceId"] = ["请选择申请共享的数据资源"];
        }
        else if (resource.ShareType == ShareType.NotShared)
        {
            throw new DomainRuleException($"“{resource.Name}”属于不予共享类数据资源（{resource.ShareCondition}），不受理共享申请",
                Basis + "：不宜提供给其他政务部门共享使用的政务信息资源属于不予共享类");
        }

        var applicant = FieldChecks.Required(errors, input.Applicant, 100, "applicant", "申请单位");
        var contact = FieldChecks.Required(errors, input.Contact, 50, "contact", "经办人");
        var purpose = FieldChecks.Required(errors, input.Purpose, 500, "purpose", "使用用途和应用场景");
        var basis = FieldChecks.Required(errors, input.Basis, 300, "basis", "共享依据");
        var received = FieldChecks.PastDate(errors, input.ReceivedOn, today, "receivedOn", "收到申请日期");
        if (input.UsableFrom is not { } from || input.UsableTo is not { } to)
        {
            errors["usableTo"] = ["请填写使用期限（起止日期）"];
        }
        else if (to < from || (input.ReceivedOn is { } r && from < r))
        {
            errors["usableTo"] = ["使用期限的截止日期不能早于起始日期，起始日期不能早于收到申请日期"];
        }
        else if (to > from.AddYears(options.Value.MaxGrantYears))
        {
            errors["usableTo"] = [$"一次申请的使用期限不超过{options.Value.MaxGrantYears}年，期满可再次申请"];
        }

        FieldChecks.ThrowIfAny(errors);
        var calendar = await calendars.GetAsync(ct);
        if (!calendar.HasYear(received.Year) || !calendar.HasYear(received.Year + 1))
        {
            throw new FieldValidationException("receivedOn", $"尚未载入{received.Year}年前后的节假日安排，无法计算答复期限");
        }

        var due = calendar.AddWorkingDays(received, options.Value.ReplyWorkingDays).Due;
        var request = new SharingRequest(resource!.RegionCode, resource.Id, applicant!, contact!, purpose!, basis!, input.UsableFrom!.Value, input.UsableTo!.Value,
            received, due, actor);
        db.Add(request);
        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>同意: the token secret is returned once (shown to the clerk to hand to the consumer), never stored.</summary>
    public async Task<(SharingRequest Request, string Secret)> ApproveAsync(Guid id, DecisionInput input, string actor, CancellationToken ct)
    {
        var request = await FindAsync(id, ct);
        var errors = new Dictionary<string, string[]>();
        var on = FieldChecks.PastDate(errors, input.On, LegalDate.Today(time), "decidedOn", "审批日期");
        FieldChecks.ThrowIfAny(errors);
        var secret = request.Approve(on, actor, input.Opinion);
        await db.SaveChangesAsync(ct);
        return (request, secret);
    }

    public async Task<SharingRequest> RejectAsync(Guid id, DecisionInput input, string actor, CancellationToken ct)
    {
        var request = await FindAsync(id, ct);
        var errors = new Dictionary<string, string[]>();
        var on = FieldChecks.PastDate(errors, input.On, LegalDate.Today(time), "decidedOn", "审批日期");
        FieldChecks.ThrowIfAny(errors);
        request.Reject(on, actor, input.Opinion);
        await db.SaveChangesAsync(ct);
        return request;
    }

    public async Task<SharingRequest> RevokeAsync(Guid id, DecisionInput input, CancellationToken ct)
    {
        var request = await FindAsync(id, ct);
        var errors = new Dictionary<string, string[]>();
        var on = FieldChecks.PastDate(errors, input.On, LegalDate.Today(time), "on", "停止共享日期");
        FieldChecks.ThrowIfAny(errors);
        request.Revoke(on, input.Opinion ?? "");
        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>
    /// The consumer's read: the token must be an approved grant of this resource within its period; the request is then
    /// scoped to the grant's town (as if a user of that town asked), the resource's figures are computed, and the read
    /// is logged. A token that fails any check is refused without saying which.
    /// </summary>
    public async Task<SharedData> ReadAsync(HttpContext http, string resourceCode, string? year, CancellationToken ct)
    {
        var secret = http.Request.Headers[TokenHeader].ToString().Trim();
        var today = LegalDate.Today(time);
        var hash = secret.StartsWith(SharingRequest.TokenPrefix, StringComparison.Ordinal) ? SharingRequest.Hash(secret) : null;
        var grant = hash is null ? null : await db.Set<SharingRequest>().IgnoreQueryFilters().FirstOrDefaultAsync(r => r.TokenHash == hash, ct);
        var resource = grant is null ? null : await db.Set<DataResource>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == grant.ResourceId && r.Code == resourceCode, ct);
        if (grant is null || resource is null || !grant.Usable(today))
        {
            throw new DomainRuleException("共享令牌无效、已停止、不在使用期限内或不适用于该数据资源", Basis + "：使用部门应当按照共享申请的用途和期限使用共享信息",
                StatusCodes.Status403Forbidden);
        }

        var region = await db.Set<Region>().AsNoTracking().FirstAsync(r => r.Code == grant.RegionCode, ct);
        http.User = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"共享：{grant.Applicant}"),
            new Claim(FazhiClaims.Region, region.Code),
            new Claim(FazhiClaims.RegionPrefix, region.SubtreePrefix),
        ], "DataShare"));

        var items = new List<SharedFigure>();
        var figureYear = year;
        foreach (var key in resource.Items)
        {
            var figure = await evaluate.FigureAsync(key, region.Code, figureYear, region.Code, ct);
            figureYear = figure.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            items.Add(new SharedFigure(figure.Key, figure.Name, figure.Unit, figure.Value, figure.Previous, figure.Yoy));
        }

        var readYear = int.Parse(figureYear ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        db.Add(new SharingAccess(grant, time.GetUtcNow().UtcDateTime, readYear, items.Count));
        await db.SaveChangesAsync(ct);
        return new SharedData(resource.Code, resource.Name, resource.Provider, region.Code, region.Name, readYear, items);
    }

    internal async Task<SharingRequest> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<SharingRequest>().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new RecordNotFoundException("共享申请不存在");

    /// <summary>数据项: each a registered figure, by key or Chinese name.</summary>
    internal List<string> Items(IReadOnlyList<string>? items, Dictionary<string, string[]> errors)
    {
        var keys = new List<string>();
        var unknown = new List<string>();
        foreach (var item in (items ?? []).Select(i => i?.Trim() ?? "").Where(i => i.Length > 0))
        {
            var definition = catalog.Find(item) ?? catalog.All.FirstOrDefault(d => d.Name == item);
            if (definition is null)
            {
                unknown.Add(item);
            }
            else if (!keys.Contains(definition.Key))
            {
                keys.Add(definition.Key);
            }
        }

        if (unknown.Count > 0)
        {
            errors["items"] = [$"数据项“{string.Join("、", unknown)}”不是本系统登记的指标"];
        }
        else if (keys.Count is 0 or > 50)
        {
            errors["items"] = ["请列出资源的数据项（1至50项本系统登记的指标）"];
        }

        return keys;
    }

    private static T? Choose<T>(string? value, string field, string label, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        var parsed = DisplayNames.Parse<T>(value);
        if (parsed is null)
        {
            errors[field] = [$"请选择{label}（{string.Join("、", Enum.GetValues<T>().Select(v => DisplayNames.Of(v)))}）"];
        }

        return parsed;
    }
}
