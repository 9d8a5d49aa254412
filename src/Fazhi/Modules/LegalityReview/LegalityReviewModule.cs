namespace Fazhi.Modules.LegalityReview;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class LegalityReviewModule
{
    public static IServiceCollection AddLegalityReview(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapLegalityReviewApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
