using System.Globalization;
using System.Security.Claims;

using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Numbering;

/// <summary>Request body of <c>POST /api/numbering/{kind}/next</c>.</summary>
public sealed record NextNumberRequest(int? Year, string? SubjectType, string? SubjectId);

/// <summary>Registration of the kernel's Numbering services and endpoints.</summary>
public static class NumberingSetup
{
    public const int MaxPageSize = 200;

    public static IServiceCollection AddNumbering(this IServiceCollection services) =>
        services.AddSingleton<IssueNumber>();

    public static IEndpointRouteBuilder MapNumberingApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/numbering")
            .RequireAuthorization(PlatformPermissions.NumberingIssue)
            .WithTags("统一编号");

        api.MapGet("/issued", ListIssuedAsync);
        api.MapGet("/schemes", async (AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var region = user.FindFirstValue(FazhiClaims.Region) ?? "";
            var schemes = await db.Set<NumberingScheme>().AsNoTracking()
                .Where(s => s.RegionCode == region)
                .OrderBy(s => s.Kind)
                .Select(s => new { s.Kind, s.Prefix, s.Pattern, s.Description })
                .ToListAsync(ct);
            return Results.Ok(new { region, defaultPattern = NumberPattern.Default, schemes });
        });

        // Takes a number for the caller's own region in a transaction of its own (a module takes its numbers in its use case).
        api.MapPost("/{kind}/next", async (string kind, NextNumberRequest? body, AppDbContext db, IssueNumber issue, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var region = user.FindFirstValue(FazhiClaims.Region) ?? "";
            var year = body?.Year ?? clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
            NumberSubject? subject = null;
            if (!string.IsNullOrWhiteSpace(body?.SubjectType) || !string.IsNullOrWhiteSpace(body?.SubjectId))
            {
                if (string.IsNullOrWhiteSpace(body?.SubjectType) || string.IsNullOrWhiteSpace(body.SubjectId)
                    || body.SubjectType.Length > 100 || body.SubjectId.Length > 100)
                {
                    throw new FieldValidationException("subjectType", "编号对象的类型和编号须同时填写，且各不超过100个字符");
                }

                subject = new NumberSubject(body.SubjectType.Trim(), body.SubjectId.Trim());
            }

            var issued = await issue.NextAsync(db, region, kind, year, subject, ct);
            return Results.Ok(View(issued));
        });

        return endpoints;
    }

    private static async Task<IResult> ListIssuedAsync(
        string? region, string? kind, string? year, string? page, string? pageSize, AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var code = string.IsNullOrWhiteSpace(region) ? user.FindFirstValue(FazhiClaims.Region) : region.Trim();
        if (!RegionCodes.TryGetLevel(code, out _, out var regionError))
        {
            errors["region"] = [regionError];
        }

        int? yearValue = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= IssueNumber.MinYear and <= IssueNumber.MaxYear)
            {
                yearValue = y;
            }
            else
            {
                errors["year"] = [$"年度应为{IssueNumber.MinYear}至{IssueNumber.MaxYear}之间的四位数字"];
            }
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            errors["page"] = ["页码应为正整数"];
        }

        var size = 50;
        if (!string.IsNullOrWhiteSpace(pageSize) && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPageSize))
        {
            errors["pageSize"] = [$"每页条数应为1至{MaxPageSize}之间的整数"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        if (db.Scope.ReadPrefix is { } prefix && !code!.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new RecordNotFoundException("区划不存在或不在本单位管辖范围内");
        }

        var query = db.Set<IssuedNumber>().AsNoTracking().Where(n => n.RegionCode == code);
        if (!string.IsNullOrWhiteSpace(kind))
        {
            query = query.Where(n => n.Kind == kind);
        }

        if (yearValue is { } filterYear)
        {
            query = query.Where(n => n.Year == filterYear);
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderByDescending(n => n.Year).ThenBy(n => n.Kind).ThenByDescending(n => n.Sequence)
            .Skip((int)Math.Min((long)(pageNumber - 1) * size, int.MaxValue)).Take(size)
            .ToListAsync(ct);
        return Results.Ok(new { region = code, total, page = pageNumber, pageSize = size, items = items.Select(View) });
    }

    private static object View(IssuedNumber n) => new
    {
        n.Kind,
        n.Year,
        n.Sequence,
        n.Text,
        n.SubjectType,
        n.SubjectId,
        n.IssuedAt,
        n.IssuedBy,
        n.RegionCode,
    };
}
