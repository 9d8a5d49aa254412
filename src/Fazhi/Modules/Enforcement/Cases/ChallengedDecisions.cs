using Fazhi.Modules.Enforcement.Contracts;
using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Cases;

/// <summary><see cref="IChallengedDecisions"/> over the case's 复议／诉讼期间 (<see cref="CaseRemedy"/>).</summary>
public sealed class ChallengedDecisions(AppDbContext db) : IChallengedDecisions
{
    public async Task<Guid?> ChallengeStartedAsync(string regionCode, string caseNumber, ChallengeKind kind, DateOnly from, CancellationToken cancellationToken = default)
    {
        var c = await FindAsync(regionCode, caseNumber, cancellationToken);
        if (c is null)
        {
            return null;
        }

        if (c.Remedies.Any(r => r.To is null))
        {
            return c.Id;
        }

        if (from < c.DecidedOn)
        {
            throw new FieldValidationException("challengedCaseNumber",
                $"执法案件{c.CaseNumber}的决定日期（{c.DecidedOn:yyyy-MM-dd}）晚于复议申请或起诉日期（{from:yyyy-MM-dd}），请核对案号和日期");
        }

        db.Add(c.StartRemedy(kind == ChallengeKind.Litigation ? RemedyKind.Litigation : RemedyKind.Reconsideration, from));
        return c.Id;
    }

    public async Task ChallengeEndedAsync(string regionCode, string caseNumber, DateOnly to, CancellationToken cancellationToken = default)
    {
        var c = await FindAsync(regionCode, caseNumber, cancellationToken);
        var open = c?.Remedies.FirstOrDefault(r => r.To is null);
        if (c is not null && open is not null)
        {
            c.EndRemedy(to < open.From ? open.From : to);
        }
    }

    private async Task<EnforcementCase?> FindAsync(string regionCode, string caseNumber, CancellationToken ct)
    {
        var number = caseNumber.Trim();
        if (number.Length == 0)
        {
            return null;
        }

        return await db.Set<EnforcementCase>().Include(c => c.Remedies)
                .FirstOrDefaultAsync(c => c.RegionCode == regionCode && c.CaseNumber == number && c.DecidedOn != null, ct);
    }
}
