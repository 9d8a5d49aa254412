namespace Fazhi.Platform.Documents;

/// <summary>Registration of the kernel's Attachments services and endpoints.</summary>
public static class AttachmentsSetup
{
    public static IServiceCollection AddAttachments(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
