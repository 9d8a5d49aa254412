using System.Net;

using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Platform.Web;

/// <summary>
/// The Chinese error page a browser sees when a page (not an API) ends in an error status — a record that is not there
/// (or belongs to another town), a refused step, a missing permission — instead of a blank page or raw JSON.
/// API paths and clients asking for JSON keep RFC 7807 ProblemDetails.
/// </summary>
public sealed class HtmlProblemPage : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => WantsPage(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context) =>
        new(WritePageAsync(context.HttpContext, context.ProblemDetails));

    internal static bool WantsPage(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api")
        && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    internal static Task WritePageAsync(HttpContext http, ProblemDetails problem)
    {
        var status = problem.Status ?? http.Response.StatusCode;
        var title = problem.Title ?? DefaultTitle(status);
        var detail = problem.Detail ?? DefaultDetail(status);
        var basis = problem.Extensions.TryGetValue("legalBasis", out var b) && b is string s ? s : null;
        http.Response.ContentType = "text/html; charset=utf-8";
        var html = $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>{Encode(title)} - 法治</title>
            <link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css"></head>
            <body class="bg-light"><main class="container py-5" style="max-width:40rem">
            <h1 class="h4">{Encode(title)}</h1>
            <p class="text-muted">错误代码 {status}</p>
            <p>{Encode(detail)}</p>
            {(basis is null ? "" : $"<p class=\"small\">法律依据：{Encode(basis)}</p>")}
            <p><a href="javascript:history.back()">返回上一页</a> · <a href="/">回到首页</a></p>
            </main></body></html>
            """;
        return http.Response.WriteAsync(html);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string DefaultTitle(int status) => status switch
    {
        404 => "页面或记录不存在",
        403 => "没有权限",
        405 => "不支持的请求方式",
        409 => "操作不允许",
        413 => "请求内容过大",
        429 => "操作过于频繁",
        _ => "请求有误",
    };

    private static string DefaultDetail(int status) => status switch
    {
        404 => "您访问的页面或记录不存在，或不属于您所在的辖区。",
        403 => "您的账号没有执行此操作的权限，如需开通请联系管理员。",
        429 => "请稍后再试。",
        _ => "请检查后重试。",
    };
}
