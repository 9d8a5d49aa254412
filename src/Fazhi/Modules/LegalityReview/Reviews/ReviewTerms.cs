using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LegalityReview.Reviews;

/// <summary>One type's review period as the region has set it (or the default).</summary>
public sealed record ReviewTermView(ReviewDocumentType DocumentType, string TypeName, int StandardDays, int ComplexDays, int MaxExtensionDays, int MinimumDays, bool IsDefault);

public sealed record ChangeReviewTermInput(ReviewDocumentType? DocumentType, int? StandardDays, int? ComplexDays, int? MaxExtensionDays);

/// <summary>审查期限设置: reads and changes the region's review periods per type of matter.</summary>
public sealed class ReviewTerms(AppDbContext db)
{
    public async Task<ReviewTermSetting> ForAsync(string region, ReviewDocumentType type, CancellationToken ct) =>
        await db.Set<ReviewTermSetting>().FirstOrDefaultAsync(s => s.RegionCode == region && s.DocumentType == type, ct)
        ?? new ReviewTermSetting(region, type);

    public async Task<IReadOnlyList<ReviewTermView>> AllAsync(string region, CancellationToken ct)
    {
        var rows = await db.Set<ReviewTermSetting>().AsNoTracking().Where(s => s.RegionCode == region).ToListAsync(ct);
        return Enum.GetValues<ReviewDocumentType>().Select(type =>
        {
            var row = rows.FirstOrDefault(r => r.DocumentType == type);
            var s = row ?? new ReviewTermSetting(region, type);
            return new ReviewTermView(type, ReviewText.TypeName(type), s.StandardDays, s.ComplexDays, s.MaxExtensionDays, ReviewTermSetting.Minimum(type), row is null);
        }).ToList();
    }

    public async Task ChangeAsync(string region, ChangeReviewTermInput input, CancellationToken ct)
    {
        if (input.DocumentType is not { } type || !Enum.IsDefined(type))
        {
            throw new Platform.Web.FieldValidationException("documentType", "请选择送审类型");
        }

        var row = await db.Set<ReviewTermSetting>().FirstOrDefaultAsync(s => s.RegionCode == region && s.DocumentType == type, ct);
        if (row is null)
        {
            row = new ReviewTermSetting(region, type);
            db.Add(row);
        }

        row.Change(input.StandardDays ?? row.StandardDays, input.ComplexDays ?? row.ComplexDays, input.MaxExtensionDays ?? row.MaxExtensionDays);
        await db.SaveChangesAsync(ct);
    }
}
