using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Matching;
using Hub.Gateway.Tests.Certificates;
using Hub.Gateway.Vacancies;
using MassTransit.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Gateway.Tests;

public sealed class Authenticating_with_a_client_certificate(CertificateGateway gateway) : IClassFixture<CertificateGateway>
{
    [Fact]
    public async Task A_registered_certificate_authenticates_as_its_partner()
    {
        var response = await Post(gateway.MutualTls, "/api/v1/vacancies", AttachClientCertificate.Header, gateway.Registered.Base64Der());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<VacancyAccepted>();
        var published = gateway.MutualTls.Services.GetTestHarness().Published.Select<VacancyPublished>(m => m.Context.Message.VacancyId == accepted!.VacancyId).Single();
        Assert.Equal(GatewayApplication.EmployerId, published.Context.Message.EmployerId);
    }

    [Fact]
    public async Task An_unknown_certificate_gets_401_problem_details()
    {
        var response = await Post(gateway.MutualTls, "/api/v1/vacancies", AttachClientCertificate.Header, gateway.Unknown.Base64Der());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_expired_certificate_gets_401_even_when_registered()
    {
        var response = await Post(gateway.MutualTls, "/api/v1/vacancies", AttachClientCertificate.Header, gateway.Expired.Base64Der());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_role_of_the_certificates_partner_still_applies()
    {
        var response = await Post(gateway.MutualTls, "/api/v1/job-seekers", AttachClientCertificate.Header, gateway.Registered.Base64Der());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("der")]
    [InlineData("pem")]
    public async Task A_certificate_forwarded_by_the_tls_proxy_authenticates(string format)
    {
        var value = format == "der" ? gateway.Registered.Base64Der() : Uri.EscapeDataString(gateway.Registered.ExportCertificatePem());

        var response = await Post(gateway.MutualTls, "/api/v1/vacancies", CertificateGateway.ForwardedHeader, value);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task An_api_key_alone_is_refused_for_a_partner_registered_with_certificates()
    {
        var client = gateway.MutualTls.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", GatewayApplication.EmployerKey);

        var response = await client.PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy("Copied key"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_keys_keep_working_with_mutual_tls_on()
    {
        var client = gateway.MutualTls.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", GatewayApplication.HousingKey);

        var response = await client.PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy("By API key"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Certificates_count_for_nothing_while_mutual_tls_is_off()
    {
        var response = await Post(gateway.ApiKeysOnly, "/api/v1/vacancies", AttachClientCertificate.Header, gateway.Registered.Base64Der());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> Post(WebApplicationFactory<GatewayOptions> factory, string path, string certificateHeader, string certificate)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(Posting_a_vacancy.ValidVacancy("By certificate")) };
        request.Headers.Add(certificateHeader, certificate);
        return await factory.CreateClient().SendAsync(request);
    }
}
