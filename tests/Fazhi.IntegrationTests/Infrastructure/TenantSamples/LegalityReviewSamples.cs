using System.Security.Claims;

using Fazhi.Modules.LegalityReview;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Modules.LegalityReview.Reviews;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>Region-owned records of 合法性审查: a contract review with an issued opinion and its item, the contract with a milestone, a term setting.</summary>
public sealed class LegalityReviewSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var login = $"lr{region}";
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = login, RegionCode = region, DisplayName = "样例法律顾问" };
        DatabaseStartup.Check(await users.CreateAsync(user, FazhiFactory.Password));
        DatabaseStartup.Check(await users.AddToRolesAsync(user, [Roles.LegalAdviser, Roles.LegalOffice]));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, login), new Claim(FazhiClaims.Permission, LegalityReviewPermissions.Review),
                new Claim(FazhiClaims.Permission, LegalityReviewPermissions.Submit), new Claim(FazhiClaims.Permission, LegalityReviewPermissions.Decide),
            ], "sample"));

        var id = await services.GetRequiredService<ILegalityReviews>().RequestAsync(
            new LegalityReviewRequest(region, "isolation.subject", Guid.CreateVersion7(), ReviewDocumentType.Contract, "样例采购合同", "党政办"));
        await db.SaveChangesAsync();
        var step = services.GetRequiredService<TakeReviewStep>();
        await step.ExecuteAsync(id, ReviewProcedure.Accept, new ReviewStepInput(), principal, default);
        await step.ExecuteAsync(id, ReviewProcedure.Assign, new ReviewStepInput { Reviewer = login }, principal, default);
        await step.ExecuteAsync(id, ReviewProcedure.Issue,
            new ReviewStepInput { Conclusion = ReviewConclusion.LawfulAfterRevision, Summary = "样例意见", Items = ["违约责任条款需明确"] }, principal, default);

        var contract = new GovernmentContract(region,
            new ContractTerms("样例采购合同", "样例科技有限公司", "91350100M000100Y43", 1_000_000, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "党政办"),
            ContractSource.Review, id, "system", DateTime.UnixEpoch);
        contract.AddMilestone("首期付款", new DateOnly(2026, 6, 30));
        db.Add(contract);
        db.Add(new ReviewTermSetting(region, ReviewDocumentType.Contract));
        await db.SaveChangesAsync();
    }
}
