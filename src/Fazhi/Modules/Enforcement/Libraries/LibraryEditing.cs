using System.Globalization;
using System.Security.Claims;

using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Libraries;

public sealed record MatterUpdate(string? Name, EnforcementDomain? Domain, string? LegalBasis, bool Active = true);

public sealed record StandardUpdate(string? Circumstance, decimal? MinFineYuan, decimal? MaxFineYuan, string? LegalBasis);

public sealed record RenewInput(string? CertificateNumber, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>执法人员名册 row (export and import).</summary>
public sealed class OfficerLedgerRow
{
    public string? Name { get; set; }
    public string? CertificateNumber { get; set; }
    public string? Category { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public bool IsLegalReviewer { get; set; }
    public bool HasLegalQualification { get; set; }
}

/// <summary>执法事项清单 row.</summary>
public sealed class MatterLedgerRow
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public EnforcementDomain Domain { get; set; }
    public string? LegalBasis { get; set; }
}

/// <summary>裁量基准 row.</summary>
public sealed class StandardLedgerRow
{
    public string? MatterCode { get; set; }
    public string? Violation { get; set; }
    public string? Circumstance { get; set; }
    public long MinFen { get; set; }
    public long MaxFen { get; set; }
    public string? LegalBasis { get; set; }
}

/// <summary>执法库 editing and the Excel ledgers of officers, matters and discretion standards (import updates by key).</summary>
public sealed class LibraryEditing(AppDbContext db)
{
    public static readonly LedgerLayout<OfficerLedgerRow> OfficerLedger = new("执法人员名册",
    [
        new("姓名", r => r.Name, (r, t) => { r.Name = t; return null; }, Required: true),
        new("执法证号", r => r.CertificateNumber, (r, t) => { r.CertificateNumber = t; return null; }, Required: true),
        new("执法类别", r => r.Category, (r, t) => { r.Category = t; return null; }, Required: true),
        new("有效期起", r => Day(r.ValidFrom), (r, t) => { var e = Cells.Date(t, out var d); r.ValidFrom = d; return e; }, Required: true),
        new("有效期止", r => Day(r.ValidTo), (r, t) => { var e = Cells.Date(t, out var d); r.ValidTo = d; return e; }, Required: true),
        new("法制审核人员", r => YesNo(r.IsLegalReviewer), (r, t) => Bool(t, v => r.IsLegalReviewer = v)),
        new("法律职业资格", r => YesNo(r.HasLegalQualification), (r, t) => Bool(t, v => r.HasLegalQualification = v)),
    ]);

    public static readonly LedgerLayout<MatterLedgerRow> MatterLedger = new("执法事项清单",
    [
        new("事项编码", r => r.Code, (r, t) => { r.Code = t; return null; }, Required: true),
        new("事项名称", r => r.Name, (r, t) => { r.Name = t; return null; }, Required: true),
        new("执法领域", r => ReadCases.Name(r.Domain), (r, t) => Named<EnforcementDomain>(t, v => r.Domain = v), Required: true),
        new("实施依据", r => r.LegalBasis, (r, t) => { r.LegalBasis = t; return null; }, Required: true),
    ]);

    public static readonly LedgerLayout<StandardLedgerRow> StandardLedger = new("行政处罚裁量基准",
    [
        new("事项编码", r => r.MatterCode, (r, t) => { r.MatterCode = t; return null; }),
        new("违法行为", r => r.Violation, (r, t) => { r.Violation = t; return null; }, Required: true),
        new("违法情节", r => r.Circumstance, (r, t) => { r.Circumstance = t; return null; }, Required: true),
        new("罚款下限（元）", r => Cells.Yuan(r.MinFen), (r, t) => { var e = Cells.AmountInFen(t, out var f); r.MinFen = f; return e; }, Required: true),
        new("罚款上限（元）", r => Cells.Yuan(r.MaxFen), (r, t) => { var e = Cells.AmountInFen(t, out var f); r.MaxFen = f; return e; }, Required: true),
        new("处罚依据", r => r.LegalBasis, (r, t) => { r.LegalBasis = t; return null; }, Required: true),
    ]);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string? Bool(string text, Action<bool> set)
    {
        switch (text.Trim())
        {
            case "是":
                set(true);
                return null;
            case "否":
                set(false);
                return null;
            default:
                return $"“{text}”应为“是”或“否”";
        }
    }

    private static string? Named<T>(string text, Action<T> set)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (ReadCases.Name(value) == text.Trim())
            {
                set(value);
                return null;
            }
        }

        return $"“{text}”不正确，应为：{string.Join("、", Enum.GetValues<T>().Select(v => ReadCases.Name(v)))}";
    }

    public async Task UpdateAgencyAsync(Guid id, AgencyInput input, CancellationToken ct)
    {
        var agency = await db.Set<EnforcementAgency>().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new RecordNotFoundException("执法主体不存在");
        agency.Update(input.Name ?? "", input.LegalBasis ?? "");
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateMatterAsync(Guid id, MatterUpdate input, CancellationToken ct)
    {
        var matter = await db.Set<EnforcementMatter>().FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new RecordNotFoundException("执法事项不存在");
        matter.Update(input.Name ?? "", input.Domain ?? 0, input.LegalBasis ?? "", input.Active);
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateStandardAsync(Guid id, StandardUpdate input, CancellationToken ct)
    {
        var standard = await db.Set<DiscretionStandard>().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new RecordNotFoundException("裁量基准不存在");
        standard.Update(input.Circumstance ?? "", TakeCaseAction.Fen(input.MinFineYuan, "minFineYuan") ?? 0, TakeCaseAction.Fen(input.MaxFineYuan, "maxFineYuan") ?? 0, input.LegalBasis ?? "");
        await db.SaveChangesAsync(ct);
    }

    public async Task RenewOfficerAsync(Guid id, RenewInput input, CancellationToken ct)
    {
        var officer = await db.Set<Officer>().FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new RecordNotFoundException("执法人员不存在");
        officer.Renew(input.ValidFrom ?? throw new FieldValidationException("validFrom", "请填写执法证有效期起始日"),
            input.ValidTo ?? throw new FieldValidationException("validTo", "请填写执法证有效期截止日"), input.CertificateNumber ?? officer.CertificateNumber);
        await db.SaveChangesAsync(ct);
    }

    public async Task DeactivateOfficerAsync(Guid id, CancellationToken ct)
    {
        var officer = await db.Set<Officer>().FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new RecordNotFoundException("执法人员不存在");
        officer.Deactivate();
        await db.SaveChangesAsync(ct);
    }

    public async Task<byte[]> ExportOfficersAsync(CancellationToken ct) => await Ledgers.ExportXlsxAsync(OfficerLedger,
        (await db.Set<Officer>().AsNoTracking().Where(o => o.Active).OrderBy(o => o.CertificateNumber).ToListAsync(ct)).Select(o => new OfficerLedgerRow
        {
            Name = o.Name,
            CertificateNumber = o.CertificateNumber,
            Category = o.Category,
            ValidFrom = o.ValidFrom,
            ValidTo = o.ValidTo,
            IsLegalReviewer = o.IsLegalReviewer,
            HasLegalQualification = o.HasLegalQualification,
        }), ct);

    public async Task<byte[]> ExportMattersAsync(CancellationToken ct) => await Ledgers.ExportXlsxAsync(MatterLedger,
        (await db.Set<EnforcementMatter>().AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct)).Select(m => new MatterLedgerRow
        {
            Code = m.Code,
            Name = m.Name,
            Domain = m.Domain,
            LegalBasis = m.LegalBasis,
        }), ct);

    public async Task<byte[]> ExportStandardsAsync(CancellationToken ct)
    {
        var codes = await db.Set<EnforcementMatter>().AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Code, ct);
        return await Ledgers.ExportXlsxAsync(StandardLedger,
            (await db.Set<DiscretionStandard>().AsNoTracking().OrderBy(s => s.Violation).ThenBy(s => s.MinFineFen).ToListAsync(ct)).Select(s => new StandardLedgerRow
            {
                MatterCode = s.MatterId is { } m ? codes.GetValueOrDefault(m) : null,
                Violation = s.Violation,
                Circumstance = s.Circumstance,
                MinFen = s.MinFineFen,
                MaxFen = s.MaxFineFen,
                LegalBasis = s.LegalBasis,
            }), ct);
    }

    /// <summary>Officers by 执法证号: a known number renews the certificate, a new one adds the officer.</summary>
    public async Task<int> ImportOfficersAsync(Stream file, string fileName, ClaimsPrincipal user, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(OfficerLedger, file, fileName, ct);
        var existing = await db.Set<Officer>().ToDictionaryAsync(o => o.CertificateNumber, StringComparer.Ordinal, ct);
        return await ApplyAsync(import.Rows, (row, r) =>
        {
            if (existing.TryGetValue(r.CertificateNumber!, out var officer))
            {
                if (officer.Name != r.Name)
                {
                    throw new FieldValidationException("name", $"执法证号已登记给{officer.Name}");
                }

                officer.Renew(r.ValidFrom, r.ValidTo, r.CertificateNumber!);
            }
            else
            {
                var added = new Officer(Region(user), r.Name!, r.CertificateNumber!, r.Category!, r.ValidFrom, r.ValidTo, r.IsLegalReviewer, r.HasLegalQualification);
                existing[added.CertificateNumber] = added;
                db.Add(added);
            }
        }, ct);
    }

    /// <summary>Matters by 事项编码: a known code updates the matter, a new one is added under the town's first agency.</summary>
    public async Task<int> ImportMattersAsync(Stream file, string fileName, ClaimsPrincipal user, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(MatterLedger, file, fileName, ct);
        var existing = await db.Set<EnforcementMatter>().ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, ct);
        var agency = await db.Set<EnforcementAgency>().OrderBy(a => a.Name).FirstOrDefaultAsync(ct)
            ?? throw new FieldValidationException("file", "请先登记执法主体");
        return await ApplyAsync(import.Rows, (row, r) =>
        {
            if (existing.TryGetValue(r.Code!, out var matter))
            {
                matter.Update(r.Name!, r.Domain, r.LegalBasis!, true);
            }
            else
            {
                var added = new EnforcementMatter(Region(user), agency.Id, r.Code!, r.Name!, r.Domain, r.LegalBasis!);
                existing[added.Code] = added;
                db.Add(added);
            }
        }, ct);
    }

    /// <summary>Standards by (违法行为, 违法情节): a known pair updates the range, a new one is added.</summary>
    public async Task<int> ImportStandardsAsync(Stream file, string fileName, ClaimsPrincipal user, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(StandardLedger, file, fileName, ct);
        var existing = (await db.Set<DiscretionStandard>().ToListAsync(ct)).ToDictionary(s => (s.Violation, s.Circumstance));
        var matters = await db.Set<EnforcementMatter>().ToDictionaryAsync(m => m.Code, m => m.Id, StringComparer.Ordinal, ct);
        return await ApplyAsync(import.Rows, (row, r) =>
        {
            Guid? matterId = null;
            if (!string.IsNullOrEmpty(r.MatterCode))
            {
                matterId = matters.TryGetValue(r.MatterCode, out var id) ? id : throw new FieldValidationException("matterCode", $"没有编码为{r.MatterCode}的执法事项");
            }

            if (existing.TryGetValue((r.Violation!, r.Circumstance!), out var standard))
            {
                standard.Update(r.Circumstance!, r.MinFen, r.MaxFen, r.LegalBasis!);
            }
            else
            {
                var added = new DiscretionStandard(Region(user), matterId, r.Violation!, r.Circumstance!, r.MinFen, r.MaxFen, r.LegalBasis!);
                existing[(added.Violation, added.Circumstance)] = added;
                db.Add(added);
            }
        }, ct);
    }

    /// <summary>Applies every row; a row the domain refuses is reported with its number, and then nothing is saved.</summary>
    private async Task<int> ApplyAsync<TRow>(IReadOnlyList<(int Row, TRow Value)> rows, Action<int, TRow> apply, CancellationToken ct)
    {
        var errors = new List<LedgerRowError>();
        foreach (var (row, value) in rows)
        {
            try
            {
                apply(row, value);
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(x => x.Value.Select(m => new LedgerRowError(row, x.Key, m))));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new LedgerImportException(errors);
        }

        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    private static string Region(ClaimsPrincipal user) =>
        user.FindFirstValue(FazhiClaims.Region) ?? throw new DomainRuleException("账户未设置所属区划", statusCode: 403);

    public static RouteGroupBuilder Map(RouteGroupBuilder api)
    {
        var manage = api.MapGroup("").RequireAuthorization(EnforcementPermissions.ManageLibraries);
        manage.MapPut("/agencies/{id}", async (Guid id, AgencyInput input, LibraryEditing edit, CancellationToken ct) =>
        {
            await edit.UpdateAgencyAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        manage.MapPut("/matters/{id}", async (Guid id, MatterUpdate input, LibraryEditing edit, CancellationToken ct) =>
        {
            await edit.UpdateMatterAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        manage.MapPut("/discretion-standards/{id}", async (Guid id, StandardUpdate input, LibraryEditing edit, CancellationToken ct) =>
        {
            await edit.UpdateStandardAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        manage.MapPost("/officers/{id}/renew", async (Guid id, RenewInput input, LibraryEditing edit, CancellationToken ct) =>
        {
            await edit.RenewOfficerAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        manage.MapPost("/officers/{id}/deactivate", async (Guid id, LibraryEditing edit, CancellationToken ct) =>
        {
            await edit.DeactivateOfficerAsync(id, ct);
            return TypedResults.NoContent();
        });
        api.MapGet("/officers/export.xlsx", async (LibraryEditing edit, CancellationToken ct) =>
            Results.File(await edit.ExportOfficersAsync(ct), Ledgers.XlsxContentType, "执法人员名册.xlsx"));
        api.MapGet("/matters/export.xlsx", async (LibraryEditing edit, CancellationToken ct) =>
            Results.File(await edit.ExportMattersAsync(ct), Ledgers.XlsxContentType, "执法事项清单.xlsx"));
        api.MapGet("/discretion-standards/export.xlsx", async (LibraryEditing edit, CancellationToken ct) =>
            Results.File(await edit.ExportStandardsAsync(ct), Ledgers.XlsxContentType, "行政处罚裁量基准.xlsx"));
        manage.MapPost("/officers/import", (IFormFile? file, LibraryEditing edit, ClaimsPrincipal user, CancellationToken ct) =>
            ImportAsync(file, (s, n) => edit.ImportOfficersAsync(s, n, user, ct))).DisableAntiforgery();
        manage.MapPost("/matters/import", (IFormFile? file, LibraryEditing edit, ClaimsPrincipal user, CancellationToken ct) =>
            ImportAsync(file, (s, n) => edit.ImportMattersAsync(s, n, user, ct))).DisableAntiforgery();
        manage.MapPost("/discretion-standards/import", (IFormFile? file, LibraryEditing edit, ClaimsPrincipal user, CancellationToken ct) =>
            ImportAsync(file, (s, n) => edit.ImportStandardsAsync(s, n, user, ct))).DisableAntiforgery();
        return api;
    }

    private static async Task<IResult> ImportAsync(IFormFile? file, Func<Stream, string, Task<int>> import)
    {
        if (file is null || file.Length == 0)
        {
            throw new FieldValidationException("file", "请选择要导入的 Excel 文件");
        }

        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(new { imported = await import(stream, file.FileName) });
    }
}
