import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A refresh token of an account an administrator disabled gets 403 forbidden instead of a new
        pair; the session cannot be kept alive. The stub answers this for the refresh token
        "disabled-account".
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/refresh'
        headers {
            contentType(applicationJson())
        }
        body(
                refresh_token: $(consumer('disabled-account'), producer('Hn5tR2wQ8vK1zX4cB7mL0pJ3sF6gD9yA2eU5iO8kT1r'))
        )
    }
    response {
        status FORBIDDEN()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/forbidden',
                title: 'Forbidden',
                status: 403,
                detail: $(consumer('This account is disabled.'), producer(regex('.+'))),
                instance: '/api/v1/auth/refresh',
                error: 'forbidden',
                message: $(consumer('This account is disabled.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
