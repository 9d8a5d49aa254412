using Fazhi.Platform.Identity;

namespace Fazhi.Modules.LegalityReview;

/// <summary>合法性审查的权限: who reads, submits, reviews, decides, keeps the contract ledger and sets the review terms.</summary>
public static class LegalityReviewPermissions
{
    public const string Read = "legality_review.read";
    public const string Submit = "legality_review.submit";
    public const string Review = "legality_review.review";
    public const string Decide = "legality_review.decide";
    public const string Contracts = "legality_review.contracts";
    public const string Settings = "legality_review.settings";

    public static IServiceCollection AddLegalityReviewPermissions(this IServiceCollection services) =>
        services.AddPermissions(
            new(Read, "查看合法性审查", Roles.LegalOffice, Roles.LegalAdviser, Roles.Leader, Roles.Clerk, Roles.Supervisor),
            new(Submit, "送审及反馈审查意见采纳情况", Roles.Clerk, Roles.LegalOffice),
            new(Review, "合法性审查（受理、退回补正、审查、出具意见）", Roles.LegalOffice, Roles.LegalAdviser),
            new(Decide, "记录决定与归档", Roles.Leader, Roles.LegalOffice),
            new(Contracts, "维护合同台账", Roles.LegalOffice, Roles.Clerk),
            new(Settings, "设置合法性审查期限", Roles.LegalOffice));
}
