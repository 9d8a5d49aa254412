using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PublicConsultation.Comments;

/// <summary>
/// A comment from the public (the portal form and <c>POST /api/consultations/public/{id}/comments</c>). Anchor fields
/// follow the W3C TextQuoteSelector/TextPositionSelector; the phone is optional and is never echoed back.
/// </summary>
public sealed record CommentInput(string? Body, string? DisplayName, string? Phone, string? Quote, int? QuoteStart, int? QuoteEnd);

/// <summary>
/// 提交公众意见: accepted only inside the window (China time, server clock), length-limited, control characters stripped,
/// held for moderation (先审后发). The phone is encrypted before it reaches the database and is never logged.
/// </summary>
public sealed class SubmitComment(AppDbContext db, TimeProvider clock, IFieldProtector protector)
{
    private const int ContextChars = 32;

    public async Task<PublicComment> ExecuteAsync(Guid consultationId, CommentInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Anonymous: the portal reads across regions on purpose, and only a consultation already published (opened).
        var consultation = await db.Set<Consultation>().IgnoreQueryFilters()
            .FirstOrDefaultAsync(c => c.Id == consultationId, ct) ?? throw new RecordNotFoundException();
        var today = LegalDate.Today(clock);
        if (today < consultation.OpensOn)
        {
            throw new RecordNotFoundException();
        }

        if (consultation.HasClosedBy(today))
        {
            throw new DomainRuleException(
                $"征求意见已于{consultation.ClosesOn:yyyy年M月d日}截止，不再接收意见", Consultation.WindowBasis.Citation);
        }

        var errors = new Dictionary<string, string[]>();
        var body = TextInput.Clean(input.Body, multiline: true);
        if (body is null)
        {
            errors["body"] = ["请填写意见内容"];
        }
        else if (body.Length > PublicComment.MaxBody)
        {
            errors["body"] = [$"意见内容不能超过{PublicComment.MaxBody}个字（当前{body.Length}个字）"];
        }

        var name = TextInput.Clean(input.DisplayName, multiline: false);
        if (name?.Length > PublicComment.MaxName)
        {
            errors["displayName"] = [$"署名不能超过{PublicComment.MaxName}个字"];
        }

        string? phoneCipher = null;
        var phone = input.Phone?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(phone))
        {
            if (Identifiers.CheckMobilePhone(phone) is { } reason)
            {
                errors["phone"] = [reason];
            }
            else
            {
                phoneCipher = protector.Protect(phone);
            }
        }

        var anchor = Anchor(consultation.DraftText, input, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var comment = new PublicComment(consultation, body!, name, anchor, phoneCipher, clock.GetUtcNow().UtcDateTime);
        db.Add(comment);
        await db.SaveChangesAsync(ct);
        return comment;
    }

    /// <summary>
    /// The passage is located in the stored draft, not trusted from the browser: at the given position when the text
    /// matches there, else at its first occurrence; prefix and suffix are taken from the draft around it.
    /// </summary>
    internal static TextAnchor? Anchor(string draft, CommentInput input, Dictionary<string, string[]> errors)
    {
        var quote = input.Quote;
        if (string.IsNullOrWhiteSpace(quote))
        {
            return null;
        }

        quote = quote.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (quote.Length > PublicComment.MaxQuote)
        {
            errors["quote"] = [$"所选段落不能超过{PublicComment.MaxQuote}个字，请缩短选择"];
            return null;
        }

        var start = input.QuoteStart is { } s && s >= 0 && s + quote.Length <= draft.Length
            && string.CompareOrdinal(draft, s, quote, 0, quote.Length) == 0
            ? s
            : draft.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0)
        {
            errors["quote"] = ["所选段落不在征求意见稿中，请重新选择"];
            return null;
        }

        var end = start + quote.Length;
        var prefixStart = Math.Max(0, start - ContextChars);
        return new TextAnchor(quote, draft[prefixStart..start], draft[end..Math.Min(draft.Length, end + ContextChars)], start, end);
    }
}
