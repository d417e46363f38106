using System.Net;
using System.Text.Json.Nodes;
using PullSecretTasks.TestInfra.KubeApi;
using static PullSecretTasks.TestInfra.Tests.KubeHttp;

namespace PullSecretTasks.TestInfra.Tests;

/// <summary>The Secret create pipeline: decode, default, convert, admit, validate, store (apiserver pkg/endpoints/handlers/create.go).</summary>
public sealed class SecretCreateVectorTests : S0ServerTests
{
    private const string Dcj = "kubernetes.io/dockerconfigjson";

    [Fact]
    public async Task V01_create_returns_201_with_system_fields_and_the_field_manager()
    {
        var (code, body, _) = await PostAsync(Client, SecretsPath + "?fieldManager=kubectl-create&fieldValidation=Strict",
            Secret("pull", Dcj, ".dockerconfigjson", "{\"auths\":{\"quay.io\":{\"auth\":\"dTpw\"}}}"));

        Assert.Equal(HttpStatusCode.Created, code);
        Assert.Equal("ns1", body["metadata"]!["namespace"]!.GetValue<string>());
        Assert.NotEmpty(body["metadata"]!["uid"]!.GetValue<string>());
        Assert.NotEmpty(body["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.NotNull(body["metadata"]!["creationTimestamp"]);
        Assert.Equal("kubectl-create", body["metadata"]!["managedFields"]![0]!["manager"]!.GetValue<string>());
        Assert.Equal(Dcj, Server.GetSecret("ns1", "pull")!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task V02_a_repeated_create_is_AlreadyExists_with_the_resource_as_kind()
    {
        var body = Secret("pull", Dcj, ".dockerconfigjson", "{}");
        await PostAsync(Client, SecretsPath, body);

        var (code, status, _) = await PostAsync(Client, SecretsPath, body);

        Assert.Equal(HttpStatusCode.Conflict, code);
        Assert.Equal(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"secrets \"pull\" already exists","reason":"AlreadyExists","details":{"name":"pull","kind":"secrets"},"code":409}""",
            Compact(status));
    }

    [Fact]
    public async Task V03_dockerconfigjson_without_its_key_is_Invalid_with_the_exact_Status()
    {
        var (code, status, _) = await PostAsync(Client, SecretsPath, Secret("pull", Dcj, "config.json", "{}"));

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Secret \"pull\" is invalid: data[.dockerconfigjson]: Required value","reason":"Invalid","details":{"name":"pull","kind":"Secret","causes":[{"reason":"FieldValueRequired","message":"Required value","field":"data[.dockerconfigjson]"}]},"code":422}""",
            Compact(status));
    }

    [Theory]
    [InlineData("not json", "Invalid value: \"<secret contents redacted>\": invalid character 'o' in literal null (expecting 'u')")]
    [InlineData("[]", "Invalid value: \"<secret contents redacted>\": json: cannot unmarshal array into Go value of type map[string]interface {}")]
    [InlineData("", "Invalid value: \"<secret contents redacted>\": unexpected end of JSON input")]
    public async Task V04_V05_dockerconfigjson_that_is_not_a_JSON_object_is_Invalid_with_the_Go_error(string content, string message)
    {
        var (code, status, _) = await PostAsync(Client, SecretsPath, Secret("pull", Dcj, ".dockerconfigjson", content));

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal("FieldValueInvalid", Cause(status)["reason"]!.GetValue<string>());
        Assert.Equal("data[.dockerconfigjson]", Cause(status)["field"]!.GetValue<string>());
        Assert.Equal(message, Cause(status)["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task V06_an_empty_JSON_object_is_a_valid_dockerconfigjson()
    {
        var (code, _, _) = await PostAsync(Client, SecretsPath, Secret("pull", Dcj, ".dockerconfigjson", "{}"));

        Assert.Equal(HttpStatusCode.Created, code);
    }

    [Fact]
    public async Task V07_dockercfg_requires_its_own_key()
    {
        var (code, status, _) = await PostAsync(Client, SecretsPath, Secret("pull", "kubernetes.io/dockercfg", ".dockerconfigjson", "{}"));

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal("Secret \"pull\" is invalid: data[.dockercfg]: Required value", Message(status));
    }

    [Fact]
    public async Task V08_V09_stringData_is_merged_into_data_and_never_stored()
    {
        var body = """{"metadata":{"name":"pull"},"type":"kubernetes.io/dockerconfigjson","data":{"k":"b2xk"},"stringData":{".dockerconfigjson":"{\"auths\":{}}","k":"new"}}""";

        var (code, created, _) = await PostAsync(Client, SecretsPath, body);

        Assert.Equal(HttpStatusCode.Created, code);
        Assert.Equal(B64("{\"auths\":{}}"), created["data"]![".dockerconfigjson"]!.GetValue<string>());
        Assert.Equal(B64("new"), created["data"]!["k"]!.GetValue<string>());
        Assert.Null(created["stringData"]);
        Assert.Null(Server.GetSecret("ns1", "pull")!["stringData"]);
    }

    [Fact]
    public async Task V10_an_uppercase_name_is_not_an_RFC1123_subdomain()
    {
        var (code, status, _) = await PostAsync(Client, SecretsPath, Secret("My_Secret", "Opaque", "a", "b"));

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal("metadata.name", Cause(status)["field"]!.GetValue<string>());
        Assert.StartsWith("Invalid value: \"My_Secret\": a lowercase RFC 1123 subdomain must consist of", Cause(status)["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task V11_a_missing_name_is_required()
    {
        var (code, status, _) = await PostAsync(Client, SecretsPath, """{"type":"Opaque"}""");

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal("Secret \"\" is invalid: metadata.name: Required value: name or generateName is required", Message(status));
    }

    [Fact]
    public async Task V12_generateName_appends_five_characters()
    {
        var (code, created, _) = await PostAsync(Client, SecretsPath, """{"metadata":{"generateName":"pull-"}}""");

        Assert.Equal(HttpStatusCode.Created, code);
        Assert.Matches("^pull-[bcdfghjklmnpqrstvwxz2456789]{5}$", created["metadata"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("bad/key", "Invalid value: \"bad/key\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')")]
    [InlineData("..", "Invalid value: \"..\": must not be '..'")]
    public async Task V13_V14_data_keys_are_config_map_keys(string key, string message)
    {
        var (code, status, _) = await PostAsync(Client, SecretsPath, Secret("pull", "Opaque", key, "v"));

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal($"data[{key}]", Cause(status)["field"]!.GetValue<string>());
        Assert.Equal(message, Cause(status)["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task V15_more_than_one_MiB_of_data_is_too_long()
    {
        var (code, status, _) = await PostAsync(Client, SecretsPath, Secret("pull", "Opaque", "big", new string('x', 1048577)));

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal("""{"reason":"FieldValueTooLong","message":"Too long: may not be more than 1048576 bytes","field":"data"}""", Compact(Cause(status)));
    }

    [Fact]
    public async Task V16_a_missing_type_defaults_to_Opaque()
    {
        var (_, created, _) = await PostAsync(Client, SecretsPath, """{"metadata":{"name":"plain"},"data":{"a":"YQ=="}}""");

        Assert.Equal("Opaque", created["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task V17_a_body_namespace_other_than_the_URL_is_BadRequest()
    {
        var (code, status, _) = await PostAsync(Client, SecretsPath, """{"metadata":{"name":"x","namespace":"other"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Equal(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the namespace of the provided object does not match the namespace sent on the request","reason":"BadRequest","code":400}""",
            Compact(status));
    }

    [Fact]
    public async Task V18_a_missing_namespace_is_NotFound_before_validation()
    {
        var (code, status, _) = await PostAsync(Client, "/api/v1/namespaces/nsX/secrets", Secret("BAD NAME", "Opaque", "a", "b"));

        Assert.Equal(HttpStatusCode.NotFound, code);
        Assert.Equal("namespaces \"nsX\" not found", Message(status));
        Assert.Equal("""{"name":"nsX","kind":"namespaces"}""", Compact(status["details"]!));
    }

    [Fact]
    public async Task V19_a_forbidden_create_names_no_object()
    {
        Server.ForbidVerb("create", "secrets");

        var (code, status, _) = await PostAsync(Client, SecretsPath, Secret("pull", "Opaque", "a", "b"));

        Assert.Equal(HttpStatusCode.Forbidden, code);
        Assert.Equal("secrets is forbidden: User \"dev\" cannot create resource \"secrets\" in API group \"\" in the namespace \"ns1\"", Message(status));
        Assert.Equal("""{"kind":"secrets"}""", Compact(status["details"]!));
    }

    [Fact]
    public async Task V20_V21_unknown_fields_fail_under_Strict_and_warn_otherwise()
    {
        var body = """{"metadata":{"name":"pull"},"foo":1}""";

        var (strict, status, _) = await PostAsync(Client, SecretsPath + "?fieldValidation=Strict", body);
        var (warn, created, response) = await PostAsync(Client, SecretsPath + "?fieldValidation=Warn", body);

        Assert.Equal(HttpStatusCode.BadRequest, strict);
        Assert.Equal("Secret in version \"v1\" cannot be handled as a Secret: strict decoding error: unknown field \"foo\"", Message(status));
        Assert.Equal(HttpStatusCode.Created, warn);
        Assert.Null(created["foo"]);
        Assert.Equal("299 - \"unknown field \\\"foo\\\"\"", Assert.Single(response.Headers.GetValues("Warning")));
    }

    [Fact]
    public async Task V59_an_unknown_fieldValidation_value_is_Invalid()
    {
        var (code, status, _) = await PostAsync(Client, SecretsPath + "?fieldValidation=Bogus", Secret("pull", "Opaque", "a", "b"));

        Assert.Equal((HttpStatusCode)422, code);
        Assert.StartsWith("CreateOptions.meta.k8s.io \"\" is invalid: fieldValidation: Unsupported value: \"Bogus\"", Message(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task V60_dry_run_answers_201_and_stores_nothing()
    {
        var (code, created, _) = await PostAsync(Client, SecretsPath + "?dryRun=All", Secret("pull", "Opaque", "a", "b"));
        var (after, _, _) = await SendAsync(Client, HttpMethod.Get, SecretsPath + "/pull");

        Assert.Equal(HttpStatusCode.Created, code);
        Assert.Equal("pull", created["metadata"]!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, after);
        Assert.Null(Server.GetSecret("ns1", "pull"));
    }

    [Fact]
    public async Task V20_the_request_log_records_every_request_with_its_status()
    {
        await PostAsync(Client, SecretsPath + "?fieldManager=me", Secret("pull", "Opaque", "a", "b"));

        var record = Assert.Single(Server.Requests);
        Assert.Equal(("POST", SecretsPath, "me", 201), (record.Method, record.Path, record.QueryValue("fieldManager"), record.StatusCode));
        Assert.Contains("\"pull\"", record.Body, StringComparison.Ordinal);
        _ = JsonNode.Parse(record.Body);
    }
}
