import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        The public keys of the built-in identity provider, for other services that accept its tokens.
    '''
    request {
        method GET()
        url '/.well-known/jwks.json'
    }
    response {
        status OK()
        headers {
            contentType(applicationJson())
            header('Cache-Control', 'max-age=300, public')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                keys: [
                        [
                                kty: 'RSA',
                                kid: $(consumer('20261120-a1b2c3d4'), producer(regex('[A-Za-z0-9_-]+'))),
                                use: 'sig',
                                alg: 'RS256',
                                n: $(consumer('sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw'),
                                        producer(regex('[A-Za-z0-9_-]+'))),
                                e: 'AQAB'
                        ]
                ]
        )
    }
}
