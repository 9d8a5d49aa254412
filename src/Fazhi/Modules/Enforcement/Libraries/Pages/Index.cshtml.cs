using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Libraries.Pages;

/// <summary>执法库: agencies, matters, officers, discretion standards, the legal-review catalog and training, each editable.</summary>
[Authorize(Policy = EnforcementPermissions.Read)]
public sealed class LibrariesModel(AppDbContext db, LibraryEditing edit, Trainings trainings) : PageModel
{
    public IReadOnlyList<EnforcementAgency> Agencies { get; private set; } = [];
    public IReadOnlyList<EnforcementMatter> Matters { get; private set; } = [];
    public IReadOnlyList<Officer> Officers { get; private set; } = [];
    public IReadOnlyList<DiscretionStandard> Standards { get; private set; } = [];
    public IReadOnlyList<LegalReviewCatalogItem> Catalog { get; private set; } = [];
    public IReadOnlyList<TrainingView> Trainings { get; private set; } = [];

    public string? Refusal { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    private bool MayManage => User.HasClaim(Platform.Identity.FazhiClaims.Permission, EnforcementPermissions.ManageLibraries);

    public Task<IActionResult> OnPostAgencyAsync(Guid? id, string? name, string? legalBasis, CancellationToken ct) => TryAsync(async () =>
    {
        if (id is { } agencyId)
        {
            await edit.UpdateAgencyAsync(agencyId, new AgencyInput(name, legalBasis), ct);
        }
        else
        {
            db.Add(new EnforcementAgency(Inspections.Inspections.Region(User), name ?? "", legalBasis ?? ""));
            await db.SaveChangesAsync(ct);
        }
    }, ct);

    public Task<IActionResult> OnPostMatterAsync(Guid? id, string? code, string? name, EnforcementDomain? domain, string? legalBasis, bool active, CancellationToken ct) => TryAsync(async () =>
    {
        if (id is { } matterId)
        {
            await edit.UpdateMatterAsync(matterId, new MatterUpdate(name, domain, legalBasis, active), ct);
        }
        else
        {
            var agency = await db.Set<EnforcementAgency>().OrderBy(a => a.Name).FirstAsync(ct);
            db.Add(new EnforcementMatter(Inspections.Inspections.Region(User), agency.Id, code ?? "", name ?? "", domain ?? 0, legalBasis ?? ""));
            await db.SaveChangesAsync(ct);
        }
    }, ct);

    public Task<IActionResult> OnPostOfficerAsync(string? name, string? certificateNumber, string? category, DateOnly? validFrom, DateOnly? validTo, bool reviewer, CancellationToken ct) => TryAsync(async () =>
    {
        db.Add(new Officer(Inspections.Inspections.Region(User), name ?? "", certificateNumber ?? "", category ?? "",
            validFrom ?? throw new FieldValidationException("validFrom", "请填写执法证有效期起始日"), validTo ?? throw new FieldValidationException("validTo", "请填写执法证有效期截止日"), reviewer, reviewer));
        await db.SaveChangesAsync(ct);
    }, ct);

    public Task<IActionResult> OnPostRenewAsync(Guid id, string? certificateNumber, DateOnly? validFrom, DateOnly? validTo, CancellationToken ct) =>
        TryAsync(() => edit.RenewOfficerAsync(id, new RenewInput(certificateNumber, validFrom, validTo), ct), ct);

    public Task<IActionResult> OnPostDeactivateAsync(Guid? id, Guid? item, CancellationToken ct) => TryAsync(async () =>
    {
        if (id is { } officerId)
        {
            await edit.DeactivateOfficerAsync(officerId, ct);
        }
        else if (item is { } itemId)
        {
            var catalogItem = await db.Set<LegalReviewCatalogItem>().FirstOrDefaultAsync(i => i.Id == itemId, ct) ?? throw new RecordNotFoundException();
            catalogItem.Deactivate();
            await db.SaveChangesAsync(ct);
        }
    }, ct);

    public Task<IActionResult> OnPostStandardAsync(Guid? id, string? violation, string? circumstance, decimal? minFineYuan, decimal? maxFineYuan, string? legalBasis, CancellationToken ct) => TryAsync(async () =>
    {
        if (id is { } standardId)
        {
            await edit.UpdateStandardAsync(standardId, new StandardUpdate(circumstance, minFineYuan, maxFineYuan, legalBasis), ct);
        }
        else
        {
            db.Add(new DiscretionStandard(Inspections.Inspections.Region(User), null, violation ?? "", circumstance ?? "",
                Cases.TakeCaseAction.Fen(minFineYuan, "minFineYuan") ?? 0, Cases.TakeCaseAction.Fen(maxFineYuan, "maxFineYuan") ?? 0, legalBasis ?? ""));
            await db.SaveChangesAsync(ct);
        }
    }, ct);

    public Task<IActionResult> OnPostCatalogAsync(LegalReviewCriterion? criterion, string? description, decimal? thresholdYuan, EnforcementDomain? domain, CancellationToken ct) => TryAsync(async () =>
    {
        db.Add(new LegalReviewCatalogItem(Inspections.Inspections.Region(User), criterion ?? 0, description ?? "", Cases.TakeCaseAction.Fen(thresholdYuan, "thresholdYuan"), domain));
        await db.SaveChangesAsync(ct);
    }, ct);

    public Task<IActionResult> OnPostTrainingAsync(DateOnly? heldOn, string? topic, decimal? hours, string? trainer, List<Guid> attendeeIds, CancellationToken ct) =>
        TryAsync(() => trainings.AddAsync(new TrainingInput(heldOn, topic, hours, trainer, attendeeIds), User, ct), ct);

    public Task<IActionResult> OnPostImportAsync(string? ledger, IFormFile? file, CancellationToken ct) => TryAsync(async () =>
    {
        if (file is null || file.Length == 0)
        {
            throw new FieldValidationException("file", "请选择要导入的 Excel 文件");
        }

        await using var stream = file.OpenReadStream();
        var count = ledger switch
        {
            "Officers" => await edit.ImportOfficersAsync(stream, file.FileName, User, ct),
            "Matters" => await edit.ImportMattersAsync(stream, file.FileName, User, ct),
            "Standards" => await edit.ImportStandardsAsync(stream, file.FileName, User, ct),
            _ => throw new FieldValidationException("ledger", "没有该台账"),
        };
        Message = $"已导入{count}行";
    }, ct);

    private async Task<IActionResult> TryAsync(Func<Task> action, CancellationToken ct)
    {
        if (!MayManage)
        {
            return Forbid();
        }

        try
        {
            await action();
            Message ??= "已保存";
            return Redirect("/enforcement/libraries");
        }
        catch (DomainRuleException e) when (e.StatusCode == StatusCodes.Status409Conflict)
        {
            Refusal = e.LegalBasis is null ? e.Message : $"{e.Message}（依据：{e.LegalBasis}）";
            Response.StatusCode = 409;
        }
        catch (FieldValidationException e)
        {
            Refusal = e is LedgerImportException import ? string.Join("；", import.RowErrors.Select(r => $"第{r.Row}行“{r.Column}”：{r.Reason}")) : string.Join("；", e.Errors.Values.SelectMany(v => v));
            Response.StatusCode = 400;
        }
        catch (DbUpdateException)
        {
            Refusal = "保存失败：编码或执法证号已存在";
            Response.StatusCode = 409;
        }

        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Agencies = await db.Set<EnforcementAgency>().AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        Matters = await db.Set<EnforcementMatter>().AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct);
        Officers = await db.Set<Officer>().AsNoTracking().Where(o => o.Active).OrderBy(o => o.CertificateNumber).ToListAsync(ct);
        Standards = await db.Set<DiscretionStandard>().AsNoTracking().OrderBy(s => s.Violation).ThenBy(s => s.MinFineFen).ToListAsync(ct);
        Catalog = await db.Set<LegalReviewCatalogItem>().AsNoTracking().Where(i => i.Active).OrderBy(i => i.Criterion).ToListAsync(ct);
        Trainings = await trainings.ListAsync(null, ct);
    }
}
