import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A disabled account gets 403 forbidden, even with a valid token: an administrator's decision
        applies at once. Consumers get this answer from the stub with the token "disabled-account".
        A disabled account cannot delete itself either: it stays, for the administrator to decide
        on.
    '''
    priority 1
    request {
        method DELETE()
        url '/api/v1/users/me'
        headers {
            header(authorization(), $(consumer('Bearer disabled-account'), producer(execute('validTokenOfDisabledCaller()'))))
        }
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
                instance: '/api/v1/users/me',
                error: 'forbidden',
                message: $(consumer('This account is disabled.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
