/**
 * Fixed key pairs for the simulated identity provider, generated once for this project with jose
 * (`generateKeyPair(alg, { extractable: true })`, then `exportJWK` and `exportSPKI`).
 *
 * Why fixed: WebCrypto cannot derive an RSA or EC key pair from a seed, and the simulator must
 * give the same tokens and verdicts for the same seed in Node and in a browser worker. A run picks
 * one pair by its seed ({@link pickFixturePair}). These are test keys, published in the source:
 * they protect nothing and must never be used outside the simulator.
 */
import type { JWK } from 'jose';

/** One key pair: the private JWK (it holds the public members too) and the public key as SPKI PEM. */
export interface SimFixtureKeyPair {
  privateJwk: JWK;
  publicPem: string;
}

/** RSA-2048 pairs for RS256. */
export const RS256_FIXTURE_KEYS: readonly SimFixtureKeyPair[] = [
  {
    privateJwk: {
      kty: 'RSA',
      n: 'yzciwdquR0Uo_6AmXr7ynxILoRcuMRjCyvfOVX24u-IZROnmg5M6bLGHVc87xfoCbAYQo5PT23ZUemixVbGg0nOO7I6OblVrRmS2fkr2NItO_INWMKUyp4XAGWVUmCm-eQ2ubaTXbTAvwtSNl5_ESS3a7HfudcrVxOrJDxbRGBgr0-caYFPzLO2mFqVV1zuVWeFmRlwAZtZhVfMlPBkne5kQIwH6VFblR3Fxs06g4QTnPpHtsJqxZGvZDQPxGu_ANO1FMen0K8Nwd6f9NT4USgYLppKSXCHI3x8jmX45cqzvFf5_QTdvCiwQ_VMi7ZPwMZ4HnS34QOOcH1gp5aJZjw',
      e: 'AQAB',
      d: 'Ca-xRe6PrmZTBnWSmU3eZbZSpz_iG-_-Ckur4kenAGROEmADH1QWDavxSKX4nOlbp9zVeok803H9ToUNUt7ad2g6W0yOPcnE3mrwMe6OdBcMfEfMWhmTDl4h4nQB3MDnSyuGRsP74BX9viUrMfDTxoMw3g2iEwDzQJAfu6A5oOghjPNxZ-id4rWjYBKOPXPBnq9pH5_Aidsj5ACDAtgfAbMgLRONkhOteVYWh9FY7e6Trd3JFpu-7x051m20c67oLpfP3j1ebC4Ca2ZyiMag11V-hdYXP82hHZ7lFVfprTJxNNSF9g7WJi21oYs5inD6bpv2subnjmjAy93MMsjpIQ',
      p: '-Jbi3eB6393mTjccu4roN1JMzcTg0TztDCtfo8xUn48CmRDYZG4rg-gK0m3O6upnPkA2ttsKOarv6T9sioPB6H1D-jhFXt37EwavKzDU4q7SwyaAv5J4mo08W5gkxk2P36CJAeKL-D5dvIH31VZCnM5rJ6zJ0UqR2vbi4XJddWE',
      q: '0UX6HQ5ir_U1eXglGk3pC04mrLepJSuoo8lIEarz16LESSJ-KQDg8A-oaX4HCC2JMNFTzSdrU7EAttyxs_mIBtNK9Q80LLedIMApKbagYL6d0Sqx8qXbwEfcFeg33LA3BPJjMNy9cup3ktbTSRV3JISroYtu6yBOrZ3fOeW0RO8',
      dp: 'ASobx_RMPw44DPe_H7XH3rJ4_6HDd9d0ONFfMlI7tz-hQHxOtzG47HZCzreK95i_gRAl8XdXNevyEcKlTITPfLpRfjOTR518lps6aNZiuOkevaFJixwxim_M75Tn3zHv0Zlb6vFXvIL2R3LIaWxtBXUGFXp-u4dA5aiwaWPywiE',
      dq: 'GU2QtDqtDAFl-c3hDpElAEzuuCtstCXXOhZ4NEqrOQNhIEafYm3MxLnf7wFh8EcxM0ncDA4cF_5qy7FbextMqyaZBZBVCqMYyIDzeSuvsILbqhKzeVc8fr8xiSSOvIxB2sND4wCNl3tqAcMfwNJrmWrBJcMqIhvB55QTDXkMltk',
      qi: '8DrKmwiTMcu4i7bWJ_DxOJvXPe1CFcatY02QPRHEfhV9DIpUAIL2SpTX2PgwoZNOnhp9j8iw3hNz6tRQli9BbyHXmvZ3KauqYZPAJobNPab7kPHCpwvqWDnYstk0Ti-e3_nZT_L4hWFE4TF9WW8Lo11PZTQtd6rTywsRYsHqOC4',
    },
    publicPem:
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyzciwdquR0Uo/6AmXr7y\nnxILoRcuMRjCyvfOVX24u+IZROnmg5M6bLGHVc87xfoCbAYQo5PT23ZUemixVbGg\n0nOO7I6OblVrRmS2fkr2NItO/INWMKUyp4XAGWVUmCm+eQ2ubaTXbTAvwtSNl5/E\nSS3a7HfudcrVxOrJDxbRGBgr0+caYFPzLO2mFqVV1zuVWeFmRlwAZtZhVfMlPBkn\ne5kQIwH6VFblR3Fxs06g4QTnPpHtsJqxZGvZDQPxGu/ANO1FMen0K8Nwd6f9NT4U\nSgYLppKSXCHI3x8jmX45cqzvFf5/QTdvCiwQ/VMi7ZPwMZ4HnS34QOOcH1gp5aJZ\njwIDAQAB\n-----END PUBLIC KEY-----\n',
  },
  {
    privateJwk: {
      kty: 'RSA',
      n: 'vgroYB7AjTfXkLUPbNSahoz7VkO9eOexMF1smzQ_77S4g3Vn4Qd-Jg55TZT4Ixh0FNLN-HT_seOtbVfdRZ5q8bgPSCd79EPJlWwgHAJAq8439XB55zWdxo0CvrSpUAnzpqwgRWG5vFveXLl63CCJlr1OXj5iCaEttp0SNgG9AY21R8mNE6JAhlVzueQVJLnreDJ95YNm4d2hj2doPSSq2DDTvv1yRcC_P7tfFmyKZK-iqfboaah9VZX3Cc_n23Hbby3kkZENgkeeDAkcaelTjwRoYjqx2gt9Nqzd7LkIQU83nwPcRs9FDqeNPT75g0Jl9vj2CbTcAGY4YThOpQx53Q',
      e: 'AQAB',
      d: 'JjUbMvf7zmiDtlwwlbjIuHRvs5A676vlO8wMoceHczHqRsO79soC2rPeP3LL0IKCFA2ty136alFT9L_NhMmsxpwytlb53MokJR5v9jGdvuze40GRwKJO7jQ7cQvxXl4h1kiU1F4pcW0m74163fbMsrmsn9X67-SvxB8gIiuHTGBP2OINdqPcV-PlrV9SRAbh0MJMXY7NQPUt7yXWGgAmaIWyPl3woD_3R_-LBK7ZcJvektT8m5Lh8lb9WcgsT6wUy5veqQKfboRSV-FiS9-NVjpAqGr8gAvdQvzqeHgn_mp04R_NRwnL0z_7jpcCectZqdqOqp2SOpTWd4PEHKWUAQ',
      p: '-F_jeOMDQSlefJTvgPmGpSKOm4kKoOg2oanVhNj7_z3LICFo8KcTJzQvWQOQEOolBYpWpFjVyybiLqfoKaEOX_gzK_jEOaMfdVcvDvYR_CdLq7kj514qKa2sz5v4HcT5NxrVuoc3gMrA9gaRTVFB6zquXiRlyXvtFQ7CyXqBM70',
      q: 'w-COcjbQDoXW1nqAocgqnMNL9uGeBd0BVA7Xk4BTj-w7NuDhJ6idSE7fbujblBGFMIAU2jRFnCotLsxs_Lcxz98beT2JDL0LO0bjLk1pvKLLaSP3dADsua18JEhPIRIgd_nAvL0ft0QjO7DMvR88kLS_oAiClRRElLRW1EYtsKE',
      dp: 'QSW1nrG82sylEfxmzeelX48u5LEPbqE6IzFO5iecAZkNvIHG6siIB5JykOCUWztvNoLQsw7yFPVAAojcJn8uLBIIKhJ4Nb4JtFeH6l603PTZrlNDjZ5vZLs_Rr1cWUKfM8sAIIrzDf8gmeejGSqlJbQgpGTbpfuxdgKHKR3O4ek',
      dq: 'GddYM40zqZbSnv0OV0mXBZNmRC3DsTZU5IgIvLbjT0t1DGpiid7e0RlGtNUXktM05Q8gsSDQRifySghCIJzyf2AJudb6a6nM_4b8lbE0z-QSPc626KDumhhfFlJLziscCXfzi3LP6lec5lUOzax_Sv_tf-lfgNdprMyV3-9aO8E',
      qi: 'ZzhaJjqfZkqlmC_LWkBiZ7Qw9u3gnT2S9QAigrnm4YdkjGXpQA-yODw86dWCGusgEeKlY3xpLBf4UpYrnSPzazUdIfagV2K9PQilBkKvuOpKJmoq7kE1gIUgGNdfpuD19SPW29cB5h1gjmCJJP3-EUUVS4qMqjWTLp1mcEXpB_A',
    },
    publicPem:
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvgroYB7AjTfXkLUPbNSa\nhoz7VkO9eOexMF1smzQ/77S4g3Vn4Qd+Jg55TZT4Ixh0FNLN+HT/seOtbVfdRZ5q\n8bgPSCd79EPJlWwgHAJAq8439XB55zWdxo0CvrSpUAnzpqwgRWG5vFveXLl63CCJ\nlr1OXj5iCaEttp0SNgG9AY21R8mNE6JAhlVzueQVJLnreDJ95YNm4d2hj2doPSSq\n2DDTvv1yRcC/P7tfFmyKZK+iqfboaah9VZX3Cc/n23Hbby3kkZENgkeeDAkcaelT\njwRoYjqx2gt9Nqzd7LkIQU83nwPcRs9FDqeNPT75g0Jl9vj2CbTcAGY4YThOpQx5\n3QIDAQAB\n-----END PUBLIC KEY-----\n',
  },
  {
    privateJwk: {
      kty: 'RSA',
      n: '_Yd_-C8yuDvX5rMGj7l-krUc0hhN7Xlz8MQIK8YmdCr5Yig2NYp_UpIj68ydy2djzodSbQmHnUccPdRe7EFnd6i6L3aC1Pi4eHCsj6fK1Gx5AEWE4T5mvSEsfrZW3AUBvHPWu0aHlx4qb0y9qPMWwlpeFb88jyXPiwTh4gOwlLMCmC7ZcQAAol0PMqlZeijYqm0iDCOgdL43Jybgkyg5XzWaR55YzkKgGk57uwmrq-v7BadSWdzChdVsxEAF29mhD6DnsWuil6G3Q740qJQmP2GxjWkVfn5QDSDW3Qi-jSS4ATEdeAMd2X-roarA7mRbkLtSSTDirFg0fzZKos0SoQ',
      e: 'AQAB',
      d: 'BVAO68cmwPBAGKLXwwXtaRWdLP86uCc7ZBLiOPNGCwPQ21sMXRgx4tZnz6EnYq51S6FPpjP0647PQLHFQMjTajvW6vezdihgH-X8jRDEZ1R-lKA1pfgGHyB61jeWn7Wwe5_RzXWE5zMdSzJzJv8xEubh4dgdZMKIvtkIrWZ2ZNHw0TyZIgTU8jNoryCTMhLJ6OFKIyD3snRyH-PWz7F1JRGqy_u3p0TblQxyWfw0N7soNl-eDNcTaXiEyc6VNpnWxkqX7Hi5e5ph85cvffLseSIiRjh_gEBq2T0Zh51fCzQ67jn3yIRXLk_yjAf_RuO75QaMIf2Gztj_rqq_GuYhgQ',
      p: '_-bZo86gx6OfSRAb-S0f6SaNHwMxnjz2DZoaJuAjVAzfzyQmmXM-1iHtgEC9eMdZ94MnSQHUkEU6ysobDHCKoW1kHm-E_oB-8NA-n92JTBzhhlRDiSHWvge60gwbwIbyPx6JVkcva8SLNLylVWTcHYdosOGQdU8_UGylwN_Osj0',
      q: '_aBqo7-VGdvhBsfY_19OSE6WYKhtwPVk4qdHIG9deDyvS1P2Uu5OUVHZY6lLCuOxVztyyOLCD1q2y0yHlInOvf5w0ONVYC1IA_iBffbVNlV2lgfqUo9faXLEckprgKakpydVofFs2th5Bs4tkId6zI8UxpYLJvS-se3TEOlJnDU',
      dp: 'neLdty5-jo5KcbbJu5R20tAhU9gRnhL4sO26Yu_5fBsxX0lrs1OimlV2hqHrBQDiZk76RxYlAxpjqsjFpYguUGkA07J0uN2o9IVXjiUOV_KdxtZokMxbBQYZ4wzrdn8MKZt6msvy2yf5x4D49VX0ZRetpSyWh3pskv9lyTmM-vU',
      dq: 'Zlhrb_SJaEvwPFo82KBO6KK9z_dngqwDr-qsqwwFfdWPLyiMh96eP_Z1cOAJ5jUHhRn6MdI_WQ7UIKmbNHd_s--O-twhwZPEMcYACyKl2y0Vk2lSR0qPx--GElCxnNKiMsmOprDTqmQcQoDEpkPla9J5IcG-clPk98vuli5tg9k',
      qi: 'VLtLMv8pWlT5JqVOaSkvQbNLt6sQm2GliT2w_TC1qyeazfxeuXe8OAcK3rZJ9PSF026PfJdbVF8TTdD0PXxE2zrF3lsICcVwaz6KXxUAiZYbwA_ZatqEMc-XMrR-yOwppulEQ00Ppv50SiPp0avBJdq5K-WZjUBf7q6N5sT8H1k',
    },
    publicPem:
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA/Yd/+C8yuDvX5rMGj7l+\nkrUc0hhN7Xlz8MQIK8YmdCr5Yig2NYp/UpIj68ydy2djzodSbQmHnUccPdRe7EFn\nd6i6L3aC1Pi4eHCsj6fK1Gx5AEWE4T5mvSEsfrZW3AUBvHPWu0aHlx4qb0y9qPMW\nwlpeFb88jyXPiwTh4gOwlLMCmC7ZcQAAol0PMqlZeijYqm0iDCOgdL43Jybgkyg5\nXzWaR55YzkKgGk57uwmrq+v7BadSWdzChdVsxEAF29mhD6DnsWuil6G3Q740qJQm\nP2GxjWkVfn5QDSDW3Qi+jSS4ATEdeAMd2X+roarA7mRbkLtSSTDirFg0fzZKos0S\noQIDAQAB\n-----END PUBLIC KEY-----\n',
  },
  {
    privateJwk: {
      kty: 'RSA',
      n: 'mjlnqaHOBGpK7SHMPrlH3eDFseHcWTRC3FfeNJ7Mr93Sfl7WguJCF1hkpdAe7xVad1OqycHCGpG8g-kS5IJU0BQYny538FuzOrWEsPpc6xNiMkt5a7noAMbUPsDqZ1ZIMNmfYZmZwRH7g3bNRkPLkSUdTVLILcjcxt4s-zma3f1-yYEVcnpFvs1k0yUKe1ov_VkS6zfL3Fp5Tt_CavToZpPLczp3aPUxCVwnIA5j2kioPS8BAL1FBYZAp7udhci3v6mRg7fTM4K8vkzt55vpGjz2xwxN8zCA45pKfEpd4lKv1z_5kDIpRCNWFNtVN3jXE1C6rwP2KQeO_LYt8SuoGQ',
      e: 'AQAB',
      d: 'D1_SIPO3ozKKch3Iq-cSDkEiTCOZMQ5X7PnYdbPv8UdCfOUM6uLN1mByNiJrdweQq20cjTzi0f29xoOlZcDFXjHmq3W5MK2fjiZ6yh7HRQr7Ysqp2c6gXXV0wqW-KFuOWkpTjGoAzSGzCk29VHgdMsS5qVPrjz7jHXMYFlpNgTwkuIhpbsLuP1uq6f1HNwWgZhWJBiTsack6vAF4h7ijTwJRlTL4VE7M4d2Ux6t70qH7iuhSxH-Q5e_Ad7TBILsLOhAeHDAPR3Y560wlshTSw0lqTVCgo1PU2uxQrhR4hBbjAMlsTtv_IpyXBLLkQDWYejeBFGmwfODTr0GJplNmRQ',
      p: 'yhEiijFmmgrQXO5ukLOn28vmTknGIgSCpTbcpIomXI1MdL_mbNY2ROkRO2Z8VYUH3vchI4lGabTRPJv_-s2Q7yEDHAQwF2Ksr51cm37z_hcPh2-kgjDhCToALGfIfZ2_vL-UTil_rbo0afDsaI0MfzGmOX7__fvBbSYwh4kgNS0',
      q: 'w2NEEQ0zzSexWwQ4GUb7mLpSOy9kBm1YPng4iv0e32c6Z4ABNvK973DEwh79CfMatkEItx9EaUACPeSjVpDUwdOuq8ujiT9sZ9bPOyxmVG7gxIJOGk4y-S-EXcIs68aezJZTlu-axD2khrNo4JzVE0R_wLzcvXxxax5yGc8lah0',
      dp: 'DBeua3q9WyaehZE3SK2XtA2lwLWlh8-hSeXYmngyB4PlOW9qiMThBoq0H0vo0O1fJTbA4vGKJzVM-EWVshqvO8BMAVc20Y90KiZOrneQfno-0aoavDfUn8q6y-2CEBJqsQ79_xd4rprgHB7w5ujaAJqmCfbRtw9j6fZJHTNVnBk',
      dq: 'E6-NrRYicPod0WjEai-Pq9yh6lqk_kzIBktAjyhfkuyoosLv3GRqpJQ9Dr3mirkWqOQ2h5S75MrRLwE5P8CJ3xl_0MlMqchdGL041eJsUPd25_Wk_tuAIUEbWgL1WbACUeSXeW6crkbzq6qp12-VvEI7iOS-bMz79Gn13wnS4DU',
      qi: 'g2ouUf5OfxBvcYrNbokwpcLcOoisnBtyTZfBdaDhpoUxK5sjbStwXui4d88TQOvhA0EWaK2f1Iq_N3SuFAPeq8g1U3fphNUU8B50VRDxQZqwOCR0KaCsmsN5t-Be0-JmidlvxcTTtmFgbBz4WCmqbcEmNdsbrxOp-bJcKEWHdvA',
    },
    publicPem:
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmjlnqaHOBGpK7SHMPrlH\n3eDFseHcWTRC3FfeNJ7Mr93Sfl7WguJCF1hkpdAe7xVad1OqycHCGpG8g+kS5IJU\n0BQYny538FuzOrWEsPpc6xNiMkt5a7noAMbUPsDqZ1ZIMNmfYZmZwRH7g3bNRkPL\nkSUdTVLILcjcxt4s+zma3f1+yYEVcnpFvs1k0yUKe1ov/VkS6zfL3Fp5Tt/CavTo\nZpPLczp3aPUxCVwnIA5j2kioPS8BAL1FBYZAp7udhci3v6mRg7fTM4K8vkzt55vp\nGjz2xwxN8zCA45pKfEpd4lKv1z/5kDIpRCNWFNtVN3jXE1C6rwP2KQeO/LYt8Suo\nGQIDAQAB\n-----END PUBLIC KEY-----\n',
  },
];

/** P-256 pairs for ES256. */
export const ES256_FIXTURE_KEYS: readonly SimFixtureKeyPair[] = [
  {
    privateJwk: {
      kty: 'EC',
      x: 'IPJ4mmvhUU0TpF3mQ6LHbk6qa_cMrGGRK9tcS7Fi34o',
      y: 'l2PN2nsuagjbgm35gma5z2R3lum6azMZR5maVVemjdA',
      crv: 'P-256',
      d: 'nAKMJ8AypZ2jKc0RHYj46qVjAIt-d0-kZyqKZ4NgXaw',
    },
    publicPem:
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEIPJ4mmvhUU0TpF3mQ6LHbk6qa/cM\nrGGRK9tcS7Fi34qXY83aey5qCNuCbfmCZrnPZHeW6bprMxlHmZpVV6aN0A==\n-----END PUBLIC KEY-----\n',
  },
  {
    privateJwk: {
      kty: 'EC',
      x: 'aX8PDYX4K-l4qeG-GcRw37b1mfJhRUN7aY9wqAV7GxY',
      y: 'stmP-KLcKzxnnUVFJOABN7WRClyDqXwPyzhD6vm_wWQ',
      crv: 'P-256',
      d: 'yKsMBnGMr_-j1ntapph_vZlHWRa-BytUSxGc-AjVOfs',
    },
    publicPem:
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEaX8PDYX4K+l4qeG+GcRw37b1mfJh\nRUN7aY9wqAV7Gxay2Y/4otwrPGedRUUk4AE3tZEKXIOpfA/LOEPq+b/BZA==\n-----END PUBLIC KEY-----\n',
  },
  {
    privateJwk: {
      kty: 'EC',
      x: 'qIzElWXMpLbA-YBS_nvR7_HECfajwfO_92gyC8Ub0ro',
      y: 'Ze_v1Q07BIFayBelb_Jytuxa6x8l8oawRH2Nj4iqTI0',
      crv: 'P-256',
      d: 'MVEg4REn3fZ_GXvKAvmECNHmIa-U0oz9CPg2W4RC8rg',
    },
    publicPem:
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqIzElWXMpLbA+YBS/nvR7/HECfaj\nwfO/92gyC8Ub0rpl7+/VDTsEgVrIF6Vv8nK27FrrHyXyhrBEfY2PiKpMjQ==\n-----END PUBLIC KEY-----\n',
  },
  {
    privateJwk: {
      kty: 'EC',
      x: 'X3eEH1zuabIjFNkhleZmIoVpzjd8TkvOtXNBDdL91sk',
      y: 'Bq976cN_3DdRxFv5ljO69342tFMysy2pb-10OrjwD8c',
      crv: 'P-256',
      d: 'KR7SOm6cHNmULsN1HgloMbCVnxmnsE8ml8rPdZuHWh0',
    },
    publicPem:
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEX3eEH1zuabIjFNkhleZmIoVpzjd8\nTkvOtXNBDdL91skGr3vpw3/cN1HEW/mWM7r3fja0UzKzLalv7XQ6uPAPxw==\n-----END PUBLIC KEY-----\n',
  },
];
